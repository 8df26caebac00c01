package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example is compiled and run as it stands, so it cannot rot. */
class ReadmeExampleTest {

    @Test
    void libraryExampleInTheReadmeCompilesAndPrintsAFeasiblePlan(@TempDir Path directory) throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        var section = readme.substring(readme.indexOf("## Use it as a library"));
        var matcher = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(matcher.find()).as("a java block in the library section").isTrue();
        var source = directory.resolve("ReadmeExample.java");
        Files.writeString(source, matcher.group(1));

        var compiler = ToolProvider.getSystemJavaCompiler();
        var errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", directory.toString(), source.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        var printed = new ByteArrayOutputStream();
        var original = System.out;
        try (var loader = new URLClassLoader(new java.net.URL[] {directory.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeExample").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("feasible: true");
    }
}
