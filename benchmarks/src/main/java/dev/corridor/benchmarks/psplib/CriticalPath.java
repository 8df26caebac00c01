package dev.corridor.benchmarks.psplib;

import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import java.util.HashMap;
import java.util.Map;

/**
 * The critical-path lower bound of a PSPLIB instance: the longest chain of finish-to-start links,
 * each stage in its shortest mode, with no resource in the way. The field reports results as the
 * average percentage above this bound.
 */
final class CriticalPath {

    private CriticalPath() {
    }

    static int length(Project project) {
        var finish = new HashMap<String, Integer>();
        var byId = new HashMap<String, Stage>();
        project.stages().forEach(stage -> byId.put(stage.id(), stage));
        int longest = 0;
        for (var stage : project.stages()) {
            longest = Math.max(longest, finish(stage, byId, finish));
        }
        return longest;
    }

    private static int finish(Stage stage, Map<String, Stage> byId, Map<String, Integer> finish) {
        // PSPLIB numbers jobs in topological order, so predecessors are mostly done already; the
        // explicit stack keeps other orders safe too.
        var stack = new java.util.ArrayDeque<Stage>();
        stack.push(stage);
        while (!stack.isEmpty()) {
            var top = stack.peek();
            if (finish.containsKey(top.id())) {
                stack.pop();
                continue;
            }
            boolean ready = true;
            int start = 0;
            for (var link : top.predecessors()) {
                var before = finish.get(link.stage());
                if (before == null) {
                    stack.push(byId.get(link.stage()));
                    ready = false;
                } else {
                    start = Math.max(start, before + link.lag());
                }
            }
            if (ready) {
                int shortest = top.modes().stream().mapToInt(m -> m.duration()).min().orElse(0);
                finish.put(top.id(), start + shortest);
                stack.pop();
            }
        }
        return finish.get(stage.id());
    }
}
