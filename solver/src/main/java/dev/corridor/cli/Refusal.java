package dev.corridor.cli;

/**
 * A command refusing to go on because of how it was called or what it was given: an option out of
 * range, an output that would destroy a file, a plan made for another dataset. A user error, not a
 * bug: {@link ErrorReport} prints the message after the command's name and exits 2, with no stack
 * trace. The message names the value and the fix.
 */
public final class Refusal extends Exception {

    public Refusal(String message) {
        super(message);
    }
}
