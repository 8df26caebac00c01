package dev.corridor.model;

/** A precedence link seen from the successor: {@code stage} must come first, by {@code type} and {@code lag}. */
public record Predecessor(String stage, LinkType type, int lag) {

    public Predecessor {
        type = type == null ? LinkType.FS : type;
    }

    public static Predecessor finishToStart(String stage) {
        return new Predecessor(stage, LinkType.FS, 0);
    }
}
