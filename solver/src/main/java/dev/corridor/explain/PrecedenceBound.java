package dev.corridor.explain;

/**
 * The earliest start a stage's release and placed predecessors allow, before its calendar.
 *
 * @param link the index of the link that sets it, or -1 when the release or the project start does
 */
record PrecedenceBound(int earliest, int link) {
}
