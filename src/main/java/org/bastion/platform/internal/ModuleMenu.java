package org.bastion.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.common.security.SignedIn;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The left menu of the current request, read by {@code layout.html} as {@code @moduleMenu}: a bean
 * rather than a model attribute, so error pages rendered by exception handlers have it too.
 */
@Component("moduleMenu")
public class ModuleMenu {

	/** A section of the menu as the current user sees it. */
	public record Section(String headingKey, List<Item> items) {
	}

	/**
	 * An entry as the current user sees it; {@code current} marks the page being shown, {@code toDos}
	 * is the count of the user's to-dos on the home entry (which lists them), zero on every other.
	 */
	public record Item(String path, String labelKey, boolean current, long toDos) {
	}

	/** The entry that lists the to-dos and carries their count. */
	static final String HOME = "/";

	private final List<MenuEntry> entries;
	private final ToDos toDos;

	ModuleMenu(List<MenuContribution> contributions, ToDos toDos) {
		this.toDos = toDos;
		this.entries = contributions.stream()
			.flatMap(c -> c.menuEntries().stream())
			.sorted(Comparator.comparing(MenuEntry::section).thenComparingInt(MenuEntry::order))
			.toList();
	}

	/** The sections with at least one entry the current user may open. */
	public List<Section> sections() {
		boolean signedIn = SignedIn.anyone();
		Set<String> held = SignedIn.authorities();
		List<MenuEntry> visible = entries.stream().filter(e -> switch (e.audience()) {
			case EVERYONE -> true;
			case SIGNED_IN -> signedIn;
			case AUTHORIZED -> e.authorities().stream().anyMatch(held::contains);
		}).toList();
		String current = currentEntryPath(visible, requestPath());
		Map<MenuSection, List<Item>> bySection = new EnumMap<>(MenuSection.class);
		for (MenuEntry e : visible) {
			bySection.computeIfAbsent(e.section(), s -> new ArrayList<>())
				.add(new Item(e.path(), e.labelKey(), e.path().equals(current),
						signedIn && e.path().equals(HOME) ? toDos.current().total() : 0));
		}
		return bySection.entrySet().stream().map(s -> new Section(s.getKey().headingKey(), List.copyOf(s.getValue()))).toList();
	}

	/** The entry whose path is the longest prefix of the page's path ({@code /} only for itself). */
	static String currentEntryPath(List<MenuEntry> entries, String requestPath) {
		String best = null;
		for (MenuEntry e : entries) {
			String p = e.path();
			boolean matches = requestPath.equals(p) || (!p.equals("/") && requestPath.startsWith(p + "/"));
			if (matches && (best == null || p.length() > best.length())) {
				best = p;
			}
		}
		return best;
	}

	private static String requestPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			// an error page is rendered for the path that failed
			Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
			String uri = failed instanceof String s ? s : request.getRequestURI();
			return uri.substring(request.getContextPath().length());
		}
		return "";
	}
}
