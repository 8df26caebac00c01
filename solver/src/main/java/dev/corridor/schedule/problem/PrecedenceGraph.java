package dev.corridor.schedule.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stages and their precedence links as a graph, indexed both ways, with one topological order
 * worked out once: every question of "what comes before what" is asked here.
 */
public final class PrecedenceGraph {

    private final List<Link> links;
    private final int[][] predecessorLinks;
    private final int[][] successorLinks;
    private final int[][] successors;
    private final int[][] predecessors;
    private final int[] topologicalOrder;

    PrecedenceGraph(int stages, List<Link> links) {
        this.links = List.copyOf(links);
        var incoming = new ArrayList<List<Integer>>();
        var outgoing = new ArrayList<List<Integer>>();
        for (int i = 0; i < stages; i++) {
            incoming.add(new ArrayList<>());
            outgoing.add(new ArrayList<>());
        }
        for (int l = 0; l < links.size(); l++) {
            incoming.get(links.get(l).successor()).add(l);
            outgoing.get(links.get(l).predecessor()).add(l);
        }
        this.predecessorLinks = incoming.stream().map(PrecedenceGraph::toArray).toArray(int[][]::new);
        this.successorLinks = outgoing.stream().map(PrecedenceGraph::toArray).toArray(int[][]::new);
        this.successors = new int[stages][];
        for (int stage = 0; stage < stages; stage++) {
            successors[stage] = Arrays.stream(successorLinks[stage]).map(l -> links.get(l).successor()).distinct().toArray();
        }
        this.predecessors = new int[stages][];
        for (int stage = 0; stage < stages; stage++) {
            predecessors[stage] = Arrays.stream(predecessorLinks[stage]).map(l -> links.get(l).predecessor()).distinct()
                    .toArray();
        }
        this.topologicalOrder = order(stages);
    }

    public List<Link> links() {
        return links;
    }

    public Link link(int index) {
        return links.get(index);
    }

    /** Indexes of the links into {@code stage}. */
    public int[] predecessorLinks(int stage) {
        return predecessorLinks[stage];
    }

    /** Indexes of the links out of {@code stage}. */
    public int[] successorLinks(int stage) {
        return successorLinks[stage];
    }

    /** The stages that {@code stage} follows directly, each once. */
    public int[] predecessors(int stage) {
        return predecessors[stage];
    }

    /** The stages that follow {@code stage} directly, each once. */
    public int[] successors(int stage) {
        return successors[stage];
    }

    /**
     * Every stage after all its predecessors (Kahn's order, ties by index); null when the links hold a
     * cycle, which the dataset reader refuses.
     */
    public int[] topologicalOrder() {
        return topologicalOrder == null ? null : topologicalOrder.clone();
    }

    private int[] order(int stages) {
        int[] waitingOn = new int[stages];
        for (var link : links) {
            waitingOn[link.successor()]++;
        }
        var ready = new java.util.ArrayDeque<Integer>();
        for (int stage = 0; stage < stages; stage++) {
            if (waitingOn[stage] == 0) {
                ready.add(stage);
            }
        }
        int[] order = new int[stages];
        int taken = 0;
        while (!ready.isEmpty()) {
            int stage = ready.poll();
            order[taken++] = stage;
            for (int l : successorLinks[stage]) {
                int next = links.get(l).successor();
                if (--waitingOn[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return taken < stages ? null : order;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
