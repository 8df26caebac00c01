package dev.corridor.model.io;

/**
 * One thing wrong with an input file.
 *
 * @param path where it is, as a JSON path ({@code $.stages[3].modes[0].duration}) or a line reference
 * @param message what is wrong and how to fix it
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
