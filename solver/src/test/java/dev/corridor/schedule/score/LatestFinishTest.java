package dev.corridor.schedule.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.schedule.Fixtures;
import dev.corridor.schedule.problem.Placement;
import org.junit.jupiter.api.Test;

class LatestFinishTest {

    @Test
    void latestFinishFallsBackWhenTheLastStageMovesEarlier() {
        var counts = new LatestFinish.Counts();
        counts.add(4);
        counts.add(90);
        counts.add(4);
        assertThat(counts.latest()).isEqualTo(90);

        counts.remove(90);
        counts.add(12);

        assertThat(counts.latest()).isEqualTo(12);
    }

    @Test
    void noStagesGiveNoLatestFinish() {
        var counts = new LatestFinish.Counts();
        counts.add(7);
        counts.remove(7);

        assertThat(counts.latest()).isNull();
    }

    @Test
    void undoingAnAccumulationTakesBackTheFinishItCounted() {
        var collector = new LatestFinish();
        var counts = collector.supplier().get();
        var stage = Fixtures.stage(0, Fixtures.mode(0, 3, 0));
        var job = Fixtures.job(stage, 10);

        var undo = collector.accumulator().apply(counts, job);
        job.setPlacement(new Placement(20, 23));
        var redo = collector.accumulator().apply(counts, job);
        undo.run();

        assertThat(collector.finisher().apply(counts)).isEqualTo(23);
        redo.run();
        assertThat(collector.finisher().apply(counts)).isNull();
    }
}
