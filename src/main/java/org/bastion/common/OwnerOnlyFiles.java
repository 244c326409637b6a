package org.bastion.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that only the account running Bastion may read: directories {@code rwx------}, files
 * {@code rw-------}. Without effect on a file system without POSIX permissions.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFiles() {
	}

	/** Creates {@code dir} if missing and closes it, and everything in it, to others. */
	public static Path directory(Path dir) {
		try {
			Files.createDirectories(dir);
			try (Stream<Path> all = Files.walk(dir)) {
				all.forEach(p -> restrict(p, Files.isDirectory(p) ? DIRECTORY : FILE));
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + dir.toAbsolutePath(), ex);
		}
	}

	public static Path file(Path file) {
		restrict(file, FILE);
		return file;
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict " + path.toAbsolutePath() + " to its owner", ex);
		}
	}
}
