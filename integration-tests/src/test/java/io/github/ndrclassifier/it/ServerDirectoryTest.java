package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerDirectoryTest {

    @TempDir
    Path projectConf;

    @Test
    void theProjectsFilesAreUsedExceptWhereTheServerListensResolvesAndServes() throws Exception {
        Files.writeString(projectConf.resolve("mailetcontainer.xml"), "<mailetcontainer/>");
        Files.writeString(projectConf.resolve("usersrepository.xml"), "<usersrepository name=\"project\"/>");
        Files.writeString(projectConf.resolve("smtpserver.xml"), "<smtpservers><bind>0.0.0.0:25</bind></smtpservers>");

        ServerDirectory directory = ServerDirectory.create(new ServerSettings(projectConf, 2525, 2143));
        try {
            Path conf = directory.root().resolve("conf");
            assertThat(conf.resolve("mailetcontainer.xml")).hasContent("<mailetcontainer/>");
            assertThat(conf.resolve("usersrepository.xml")).hasContent("<usersrepository name=\"project\"/>");
            assertThat(Files.readString(conf.resolve("smtpserver.xml"))).contains("<bind>127.0.0.1:2525</bind>");
            assertThat(Files.readString(conf.resolve("imapserver.xml"))).contains("<bind>127.0.0.1:2143</bind>");
            assertThat(Files.readString(conf.resolve("dnsservice.xml"))).contains("<autodiscover>false</autodiscover>");
            assertThat(conf.resolve("mailrepositorystore.xml")).exists();
        } finally {
            directory.delete();
        }
        assertThat(directory.root()).doesNotExist();
    }

    @Test
    void aConfigurationWithoutMailetPipelineIsRefused() {
        assertThatThrownBy(() -> ServerDirectory.create(new ServerSettings(projectConf, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no mailetcontainer.xml");
    }
}
