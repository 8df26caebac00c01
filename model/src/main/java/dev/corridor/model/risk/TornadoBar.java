package dev.corridor.model.risk;

/**
 * One bar of a tornado: how far one uncertain input moves the project's 80th-percentile finish.
 * The iterations are split in two by the input (a risk: those in which it occurs and those in which
 * it does not; a stage: the half in which it runs shorter and the half in which it runs longer),
 * and the P80 finish of each half is taken.
 *
 * @param kind "risk" or "stage"
 * @param low the P80 finish, in periods, of the iterations with the input low (the risk absent, the stage short)
 * @param high the P80 finish of the iterations with the input high
 */
public record TornadoBar(String id, String kind, double low, double high) {

    /** How much the input moves the P80: high less low. */
    public double swing() {
        return high - low;
    }
}
