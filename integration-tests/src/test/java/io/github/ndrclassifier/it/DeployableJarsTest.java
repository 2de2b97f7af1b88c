package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The two jars an administrator deploys: the James 3.9 jar with the project's classes only (every
 * library they use ships with James), and the James 3.8 jar made from the same classes with
 * every jakarta reference renamed to javax. The server in the other tests loads the mailet from
 * the latter.
 */
class DeployableJarsTest {

    private static final int JAVA_21 = 65;
    private static final String MAILET = "io.github.ndrclassifier.james.ExplainBounce";

    @Test
    void theServerCanLoadTheMailetOnlyFromTheJames38Jar() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources(classFile(MAILET)));

        assertThat(copies).singleElement().asString().contains("-james3.8.jar!");
        assertThat(Class.forName(MAILET).getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("-james3.8.jar");
    }

    @Test
    void theJames39JarHoldsTheMailetAndOnlyTheProjectsClasses() throws IOException {
        List<String> entries = entries(jar("ndr-classifier-mailet-james3.9.jar"));

        assertThat(entries).contains(classFile(MAILET), classFile("io.github.ndrclassifier.james.IsBounce"));
        assertThat(entries).noneMatch(e -> e.startsWith("io/github/ndrclassifier/cli/"));
        assertThat(entries).allMatch(e -> e.startsWith("io/github/ndrclassifier/") || e.startsWith("META-INF/"));
    }

    @Test
    void theJames38JarReferencesNoJakartaPackage() throws IOException {
        Path jar = jar("ndr-classifier-mailet-james3.8.jar");
        List<String> jakarta = new ArrayList<>();
        List<String> javax = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                byte[] bytes = file.getInputStream(entry).readAllBytes();
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                if (text.contains("jakarta/")) {
                    jakarta.add(entry.getName());
                }
                if (text.contains("javax/mail/")) {
                    javax.add(entry.getName());
                }
                assertThat(majorVersion(bytes)).as(entry.getName()).isEqualTo(JAVA_21);
            }
        }
        assertThat(jakarta).isEmpty();
        assertThat(javax).contains(classFile(MAILET));
    }

    private static Path jar(String name) {
        return Path.of(System.getProperty("mailet.target.dir"), name);
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList();
        }
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static int majorVersion(byte[] classFile) throws IOException {
        try (InputStream in = new ByteArrayInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
