package dev.corridor.schedule.decode;

/**
 * The decoder's bookings at one point of a decode: units of each resource used in each period
 * (rows end where the bookings end) and the spend booked in each budget window. Never changed once
 * taken, so decodes that share a prefix share their snapshots of it.
 */
record ProfileSnapshot(int[][] usage, long[] windowSpent, int bookedUntil) {
}
