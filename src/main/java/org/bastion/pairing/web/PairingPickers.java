package org.bastion.pairing.web;

import org.bastion.pairing.PairingKind;
import org.bastion.pairing.Side;
import org.bastion.platform.PickerField;
import org.bastion.platform.Pickers;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pickers of a kind's pairing pages (the list, 未结对, 智能结对): each side of a new pairing picked by
 * name as the kind's side is (an organ branch, a cadre, a household, a village's branch…), the division
 * a township or a village picked by name. A side or a division in the address (the plain search page's
 * way back) is shown chosen, and opens the new-pairing form.
 */
@ControllerAdvice(assignableTypes = PairingPageController.class)
class PairingPickers {

	private static final String VILLAGE_BRANCHES = "VILLAGE_BRANCH,VILLAGE_GENERAL_BRANCH,COMMUNITY_GENERAL_BRANCH";

	private final Pickers pickers;

	PairingPickers(Pickers pickers) {
		this.pickers = pickers;
	}

	@ModelAttribute
	void pickers(@PathVariable(name = "kind", required = false) String kind, @RequestParam(required = false) Long leftId,
			@RequestParam(required = false) Long rightId, @RequestParam(required = false) String division, Model model) {
		PairingKind k = kind(kind);
		if (k == null) {
			return;
		}
		model.addAttribute("leftPicker", left(k, leftId));
		model.addAttribute("rightPicker", right(k, rightId));
		model.addAttribute("picking", leftId != null || rightId != null);
		model.addAttribute("divisionPicker", division(division));
	}

	private static PairingKind kind(String slug) {
		try {
			return slug == null ? null : PairingKind.ofSlug(slug);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	PickerField left(PairingKind kind, Long value) {
		String only = switch (kind) {
			case BRANCH_VILLAGE -> "ORGAN_BRANCH";
			case N_PLUS_ONE -> "CADRE";
			case MENTOR, RESERVE_MENTOR -> "MENTOR";
			default -> null;
		};
		return pickers.field(picker(kind.left()), "leftId", value, only);
	}

	PickerField right(PairingKind kind, Long value) {
		String only = switch (kind) {
			case BRANCH_VILLAGE, FIRST_SECRETARY -> VILLAGE_BRANCHES;
			case N_PLUS_ONE -> "IN_POVERTY";
			case RESERVE_MENTOR -> "RESERVE_CADRE";
			default -> null;
		};
		return pickers.field(picker(kind.right()), "rightId", value, only);
	}

	/** A division (a township or a village) picked by name, sent as its code under {@code division}. */
	PickerField division(String code) {
		return pickers.field("division", "division", code == null || code.isBlank() ? null : code.strip());
	}

	private static String picker(Side side) {
		return switch (side) {
			case ORGANIZATION -> "organization";
			case PERSON -> "person";
			case HOUSEHOLD -> "household";
		};
	}
}
