package dev.corridor.benchmarks.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundsTest {

    @Test
    void psplibsListOfBestKnownMakespansGivesUpperBoundsPerInstance(@TempDir Path dir) throws Exception {
        // As PSPLIB publishes it: a header, then parameter, instance, makespan, date and author, in Latin-1.
        var list = dir.resolve("j30hrs.mm");
        Files.writeString(list, """
                solutionlist data/j30hrs.mm
                ================================================================
                Par     Inst    Makespan        Date                    Author
                ================================================================
                7	8	47		Fri Jan 17 10:56:32 2003  K. Nonobe and T. Ibaraki
                10	1	26		Sa  Apr  6 17:50:00 1996  R. Kolisch / A. Drexl
                12	3	31		Mon Sep  8 12:00:11 1997  S\u00f6nke Hartmann
                """, StandardCharsets.ISO_8859_1);

        var bounds = Bounds.read(list);

        assertThat(bounds.byInstance()).hasSize(3);
        assertThat(bounds.of("j307_8").bestKnown()).isEqualTo(47);
        assertThat(bounds.of("j3012_3").bestKnown()).isEqualTo(31);
        assertThat(bounds.of("j3010_1").lower()).isNull();
        assertThat(bounds.of("j301_1")).as("an instance the list leaves out").isNull();
    }
}
