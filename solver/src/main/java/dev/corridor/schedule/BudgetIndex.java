package dev.corridor.schedule;

import dev.corridor.schedule.problem.BudgetWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget windows a plan answers to (the dataset's caps and the windows the tranches set), with
 * the windows covering each period, as a fact the constraints can read. The score adds each stage's
 * spend to the windows of the periods it works in: joining every stage with the windows it overlaps
 * searched two nested ordered indexes on every change of a stage, a tenth of a 10,000-stage search.
 */
public final class BudgetIndex {

    private static final int[] NONE = new int[0];

    private final List<BudgetWindow> windows;
    /** Per period, the positions in {@link #windows} of the windows covering it. */
    private final int[][] windowsAt;

    public BudgetIndex(List<BudgetWindow> windows) {
        this.windows = List.copyOf(windows);
        int end = windows.stream().mapToInt(BudgetWindow::to).max().orElse(0);
        var covering = new ArrayList<List<Integer>>();
        for (int p = 0; p < end; p++) {
            covering.add(new ArrayList<>());
        }
        for (int w = 0; w < windows.size(); w++) {
            var window = windows.get(w);
            for (int p = Math.max(0, window.from()); p < window.to(); p++) {
                covering.get(p).add(w);
            }
        }
        this.windowsAt = covering.stream().map(at -> at.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    public List<BudgetWindow> windows() {
        return windows;
    }

    /** The positions in {@link #windows()} of the windows covering period {@code p}; none outside them all. */
    public int[] windowsAt(int p) {
        return p >= 0 && p < windowsAt.length ? windowsAt[p] : NONE;
    }
}
