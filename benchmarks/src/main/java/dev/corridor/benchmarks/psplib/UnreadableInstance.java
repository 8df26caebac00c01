package dev.corridor.benchmarks.psplib;

/** An instance whose text is not a PSPLIB instance: left out of a run by name, the rest solved. */
public final class UnreadableInstance extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableInstance(String reason, Throwable cause) {
        super(reason, cause);
    }
}
