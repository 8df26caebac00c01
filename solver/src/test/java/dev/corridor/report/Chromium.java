package dev.corridor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium, run as a command: loads a page and gives back the DOM after its scripts ran, and what it logged. */
final class Chromium {

    private static final List<Path> PLACES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"));

    private Chromium() {
    }

    /** The browser to use: $CHROMIUM if set, else the first one installed; null if there is none. */
    static Path find() {
        var configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return PLACES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    record Page(String dom, String log) {
    }

    /** Loads the file and returns its DOM once loaded and the browser's log (console messages and script errors). */
    static Page load(Path browser, Path file, Path profile) throws IOException, InterruptedException {
        var command = new ArrayList<>(flags(browser, profile));
        command.add("--enable-logging=stderr");
        command.add("--v=0");
        command.add("--dump-dom");
        command.add(file.toUri().toString());
        var log = Files.createTempFile(profile.getParent(), "chromium", ".log");
        var dom = Files.createTempFile(profile.getParent(), "chromium", ".html");
        run(command, dom, log);
        return new Page(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Saves a picture of the page at the given window size. */
    static void screenshot(Path browser, Path file, Path png, int width, int height, Path profile)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(flags(browser, profile));
        command.add("--window-size=" + width + "," + height);
        command.add("--hide-scrollbars");
        command.add("--screenshot=" + png.toAbsolutePath());
        command.add(file.toUri().toString());
        var log = Files.createTempFile(profile.getParent(), "chromium", ".log");
        run(command, log, log);
    }

    /** As root and without a network: no sandbox, no background connections to be refused, a fresh profile. */
    private static List<String> flags(Path browser, Path profile) {
        return List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
    }

    private static void run(List<String> command, Path out, Path err) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish within 90 s: " + String.join(" ", command));
        }
    }
}
