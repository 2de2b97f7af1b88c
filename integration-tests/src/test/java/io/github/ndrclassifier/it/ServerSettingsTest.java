package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {

    @TempDir
    Path conf;

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ServerSettings(conf, 65536, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smtp.port");
        assertThatThrownBy(() -> new ServerSettings(conf, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imap.port");
    }

    @Test
    void aMissingConfigurationDirectoryIsRefused() {
        assertThatThrownBy(() -> new ServerSettings(conf.resolve("missing"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }
}
