package org.bastion.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
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

	/**
	 * Creates {@code dir} if missing and closes it and its own entries to others — not deeper, and
	 * never through a symbolic link.
	 */
	public static Path directory(Path dir) {
		try {
			Files.createDirectories(dir);
			restrict(dir, DIRECTORY);
			try (Stream<Path> entries = Files.list(dir)) {
				entries.forEach(p -> restrict(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE));
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

	/**
	 * An embedded database's files ({@code <base>.mv.db}, {@code .trace.db} …) closed to others, and
	 * its directory too unless that is the user's home or a root, which are not Bastion's to change;
	 * other files beside them (a start script, the jar) are left as they are.
	 */
	public static void database(Path dir, String base) {
		try {
			Files.createDirectories(dir);
			Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
			if (!dir.toAbsolutePath().normalize().equals(home) && dir.toAbsolutePath().getParent() != null) {
				restrict(dir, DIRECTORY);
			}
			try (Stream<Path> entries = Files.list(dir)) {
				entries.filter(p -> p.getFileName().toString().startsWith(base + "."))
					.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
					.forEach(p -> restrict(p, FILE));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + dir.toAbsolutePath(), ex);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) {
		if (Files.isSymbolicLink(path)) {
			return; // a link's target is not ours to change
		}
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
			if (view == null) {
				return; // not a POSIX file system
			}
			view.setPermissions(permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict " + path.toAbsolutePath() + " to its owner", ex);
		}
	}
}
