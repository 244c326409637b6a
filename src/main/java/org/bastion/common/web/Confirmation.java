package org.bastion.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * The second step of a destructive action (结束结对, 记录脱贫, 删除 …) that works without scripts: the page's form
 * posts without {@code confirm}, the controller answers with {@link #ask} — a page that says what will happen,
 * with the same fields and {@code confirm=true} in a form of its own and a way back — and acts only on the
 * confirmed post. Check what the user may do before asking (a refusal is never a question).
 *
 * <pre>{@code
 * if (!confirm) {
 *     return Confirmation.ask(model, new Confirmation("calendar.remove.confirm", List.of(day), "calendar.remove",
 *             "/calendar/days/delete", Map.of("day", day.toString()), "/calendar?year=" + day.getYear()));
 * }
 * }</pre>
 *
 * @param questionKey the message saying what will happen, e.g. 「删除 2026-10-01（国庆节）？」
 * @param args its arguments
 * @param actionKey the button's label, e.g. 删除 (styled as destructive)
 * @param action where the confirmed form posts (the same address as the first step)
 * @param fields the first step's fields, posted again
 * @param back the page to go back to without acting
 */
public record Confirmation(String questionKey, List<?> args, String actionKey, String action, Map<String, String> fields,
		String back) {

	/** The kit's confirmation page ({@code templates/fragments/confirm.html}). */
	public static final String VIEW = "fragments/confirm";

	public Confirmation {
		args = List.copyOf(args);
		fields = new LinkedHashMap<>(fields);
	}

	/** Puts the question in the model and answers with the confirmation page. */
	public static String ask(Model model, Confirmation confirmation) {
		model.addAttribute("confirmation", confirmation);
		return VIEW;
	}

	public Object[] arguments() {
		return args.toArray();
	}
}
