package dev.corridor.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.corridor.model.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes datasets and plans as JSON: ISO dates, fields in declaration order, and never a
 * half-written file (the text goes to a temporary file beside the target, which is then moved).
 */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // An optional field that is absent stays absent, rather than being written as null.
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // Money is written as the decimal it is (1000, never 1E+3) and read back exactly: a plan's
            // 0.1 must not come back as the double nearest it.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // An amount left out of a plan is an error, not zero: a plan's figures must add up.
            .withConfigOverride(Money.class, money -> money.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .build();

    private JsonFiles() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON.", e);
        }
    }

    /**
     * A temporary file is private to its owner; the file it replaces keeps the permissions it had,
     * and a new one gets the usual rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Writes {@code text} to {@code target} in one step: readers see the old file or the whole new one. */
    public static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} in one step: readers see the old file or the whole new one. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        var absolute = target.toAbsolutePath();
        var directory = absolute.getParent();
        Files.createDirectories(directory);
        var temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            keepPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
