package org.bastion.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The embedded database as application.yml configures it, opened in a directory of its own. */
class EmbeddedDatabaseTests {

	@TempDir
	Path data;

	@Test
	void theEmbeddedDatabaseAcceptsNoConnectionFromOutsideTheApplication() throws Exception {
		String url = configuredUrl().replace("./data/", data.toAbsolutePath() + "/");
		try (Connection application = DriverManager.getConnection(url, "sa", "")) {
			application.createStatement().execute("create table probe (id int)");

			// with AUTO_SERVER, H2 announces its port and key in bastion.lock.db, and anyone reaching the port gets in as sa
			Path lock = data.resolve("bastion.lock.db");
			Properties announced = Files.exists(lock) ? properties(lock) : new Properties();
			String server = announced.getProperty("server");
			if (server != null) {
				String outside = "jdbc:h2:tcp://" + server + "/" + announced.getProperty("id");
				assertThatThrownBy(() -> DriverManager.getConnection(outside, "sa", "").close())
					.as("a connection from outside").isInstanceOf(SQLException.class);
			}
			assertThat(server).as("the port the embedded database listens on").isNull();
		}
	}

	@Test
	void theEmbeddedDatabaseFilesAreTheOwnersOnly() throws Exception {
		Path db = Files.createDirectories(data.resolve("data"));
		Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path file = Files.writeString(db.resolve("bastion.mv.db"), "");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		String url = configuredUrl().replace("./data/", db.toAbsolutePath() + "/");
		OwnerOnlyFiles.database(EmbeddedDatabaseFiles.directoryOf(url).orElseThrow(), "bastion");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(EmbeddedDatabaseFiles.directoryOf("jdbc:h2:mem:bastion-test;MODE=PostgreSQL")).isEmpty();
		assertThat(EmbeddedDatabaseFiles.directoryOf("jdbc:postgresql://127.0.0.1:5432/bastion")).isEmpty();
	}

	@Test
	void closingTheDatabaseFilesLeavesOtherFilesBesideThemAndLinkTargetsAlone() throws Exception {
		Path install = Files.createDirectories(data.resolve("opt-bastion"));
		Path script = Files.writeString(install.resolve("start.sh"), "#!/bin/sh\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path db = Files.writeString(install.resolve("bastion.mv.db"), "");
		Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
		Path elsewhere = Files.writeString(data.resolve("shared.txt"), "");
		Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
		Files.createSymbolicLink(install.resolve("bastion.trace.db"), elsewhere);

		OwnerOnlyFiles.database(install, "bastion");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rw-r--r--");
	}

	private static String configuredUrl() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		return yaml.getObject().getProperty("spring.datasource.url");
	}

	private static Properties properties(Path file) throws Exception {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			properties.load(in);
		}
		return properties;
	}
}
