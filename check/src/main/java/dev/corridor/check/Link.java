package dev.corridor.check;

/**
 * A precedence link as the dataset states it, seen from the successor. With lag L between
 * predecessor a and successor b: FS start(b) ≥ finish(a)+L, SS start(b) ≥ start(a)+L,
 * FF finish(b) ≥ finish(a)+L, SF finish(b) ≥ start(a)+L, where finish is the period after the last
 * worked period.
 */
record Link(String predecessor, String type, int lag) {

    /** The earliest the successor's start (FS, SS) or finish (FF, SF) may be. */
    int bound(int predecessorStart, int predecessorFinish) {
        return switch (type) {
            case "FS", "FF" -> predecessorFinish + lag;
            default -> predecessorStart + lag;
        };
    }

    /** True when the link binds the successor's start; false when it binds its finish. */
    boolean boundsStart() {
        return type.equals("FS") || type.equals("SS");
    }

    /** The predecessor's side the link hangs from: "finish" for FS and FF, "start" for SS and SF. */
    String predecessorSide() {
        return type.equals("FS") || type.equals("FF") ? "finish" : "start";
    }
}
