package dev.corridor.support;

import dev.corridor.model.BudgetCap;
import dev.corridor.model.Calendar;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.io.PsplibReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small projects built in code, and the shipped datasets, for tests. */
public final class Projects {

    private Projects() {
    }

    public static Project dataset(String name) {
        try {
            return ProjectJson.read(Path.of("datasets", name));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    public static Project psplib(String set, String instance) {
        try {
            return PsplibReader.read(Path.of("datasets", "psplib", set, instance + ".sm"));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    /** A builder for tiny projects: one stage per call, linked as asked. */
    public static final class Builder {

        private final List<Resource> resources = new ArrayList<>();
        private final List<Calendar> calendars = new ArrayList<>();
        private final List<BudgetCap> caps = new ArrayList<>();
        private final List<Stage> stages = new ArrayList<>();
        private int horizon = 100;

        public Builder resource(Resource resource) {
            resources.add(resource);
            return this;
        }

        public Builder calendar(String id, int cycle, Integer... open) {
            calendars.add(new Calendar(id, id, cycle, List.of(open)));
            return this;
        }

        public Builder cap(int from, int to, double max) {
            caps.add(new BudgetCap(from, to, Money.rounded(max)));
            return this;
        }

        public Builder horizon(int periods) {
            horizon = periods;
            return this;
        }

        public Builder stage(String id, int duration, double cost, Map<String, Integer> demand, Predecessor... after) {
            return stage(new Stage(id, id, CorridorSystem.FREIGHT, null, null, null,
                    List.of(new Mode("standard", duration, Money.rounded(cost), demand)), List.of(after)));
        }

        public Builder stage(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Project build() {
            return new Project(Project.SCHEMA_VERSION, "test", PeriodUnit.MONTH, LocalDate.of(2028, 1, 1), horizon,
                    "USD", "million", resources, calendars, caps, stages, List.of(), List.of(), null);
        }
    }
}
