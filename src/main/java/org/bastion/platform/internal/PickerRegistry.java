package org.bastion.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.SignedIn;
import org.bastion.platform.Pick;
import org.bastion.platform.PickerField;
import org.bastion.platform.PickerSource;
import org.bastion.platform.Pickers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The pickers of every module's {@link PickerSource}, by kind; two sources of one kind stop the start. */
@Component("pickers")
class PickerRegistry implements Pickers {

	/** Longer typed text is cut: nobody types a name of more than this. */
	static final int MAX_TEXT = 50;

	private final Map<String, PickerSource> sources = new LinkedHashMap<>();

	PickerRegistry(List<PickerSource> sources) {
		for (PickerSource source : sources) {
			if (this.sources.putIfAbsent(source.kind(), source) != null) {
				throw new IllegalStateException("two picker sources of the kind " + source.kind());
			}
		}
	}

	@Override
	public PickerField field(String kind, String name, Object value) {
		return field(kind, name, value, null);
	}

	@Override
	public PickerField field(String kind, String name, Object value, String only) {
		PickerSource source = source(kind);
		String chosen = value == null ? "" : value.toString().strip();
		String text = chosen.isEmpty() || !SignedIn.holds(source.authority()) ? ""
				: source.find(chosen).map(Pick::label).orElse("");
		return new PickerField(kind, name, chosen, text, only);
	}

	@Override
	public List<Pick> search(String kind, String text, String only) {
		PickerSource source = source(kind);
		if (!SignedIn.holds(source.authority())) {
			throw new AccessDeniedException("may not pick " + kind);
		}
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			return List.of();
		}
		return source.search(typed.length() > MAX_TEXT ? typed.substring(0, MAX_TEXT) : typed, blankToNull(only), LIMIT);
	}

	private PickerSource source(String kind) {
		PickerSource source = sources.get(kind);
		if (source == null) {
			throw FoundOrForbidden.notFound("platform.picker", kind);
		}
		return source;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
