package org.bastion.common;

import java.util.List;
import java.util.Optional;

/** Reads {@code --name value} and {@code --name=value} options from a command's arguments. */
public record CommandOptions(List<String> args) {

	public Optional<String> value(String name) {
		String flag = "--" + name;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith(flag + "=")) {
				return Optional.of(arg.substring(flag.length() + 1));
			}
			if (arg.equals(flag) && i + 1 < args.size()) {
				return Optional.of(args.get(i + 1));
			}
		}
		return Optional.empty();
	}

	public String required(String name) {
		return value(name).orElseThrow(() -> new IllegalArgumentException("missing option --" + name));
	}

	public int intValue(String name, int fallback) {
		return value(name).map(Integer::parseInt).orElse(fallback);
	}

	public long longValue(String name, long fallback) {
		return value(name).map(Long::parseLong).orElse(fallback);
	}
}
