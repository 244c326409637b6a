package org.bastion.access.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ListPage;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 用户管理: the system administrator creates users, resets business users' passwords, enables,
 * disables and unlocks them ({@code user:manage}); the security administrator assigns roles, the
 * organization and extra subtrees, never their own, and resets the separated administrators'
 * passwords ({@code role:manage}). Organizations are shown by their path, read structurally: the
 * separated administrators have no business data scope.
 */
@Controller
@PreAuthorize("hasAnyAuthority(T(org.bastion.common.security.Authorities).USER_MANAGE, T(org.bastion.common.security.Authorities).ROLE_MANAGE)")
class UserAdminPageController {

	private static final String USER_MANAGE = "hasAuthority(T(org.bastion.common.security.Authorities).USER_MANAGE)";
	private static final String ROLE_MANAGE = "hasAuthority(T(org.bastion.common.security.Authorities).ROLE_MANAGE)";

	private final AccountService accounts;
	private final Organizations organizations;
	private final AccessClock clock;
	private final Problems problems;

	UserAdminPageController(AccountService accounts, Organizations organizations, AccessClock clock, Problems problems) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.clock = clock;
		this.problems = problems;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		// A few dozen accounts at most: filtered and paged here, on the list fragments like every list.
		String term = q == null ? "" : q.strip();
		List<UserView> matching = accounts.findAll().stream()
			.filter(u -> u.username().contains(term) || (u.displayName() != null && u.displayName().contains(term))).toList();
		PageResult<UserView> result = PageResult.of(matching, PageRequest.of(page, null));
		List<UserView> users = result.items();
		model.addAttribute("q", term);
		model.addAttribute("users", users);
		model.addAttribute("pager", ListPage.of(result, p -> UriComponentsBuilder.fromPath("/admin/users")
			.queryParamIfPresent("q", Optional.of(term).filter(t -> !t.isEmpty())).queryParam("page", p)
			.encode().build().toUriString()));
		model.addAttribute("orgNames", names(users.stream().map(UserView::organizationId).toList()));
		model.addAttribute("now", clock.now());
		return "access/users";
	}

	@GetMapping("/admin/users/new")
	@PreAuthorize(USER_MANAGE)
	String createForm(Model model) {
		return "access/new-user";
	}

	@PostMapping("/admin/users/new")
	@PreAuthorize(USER_MANAGE)
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) Long organizationId, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		try {
			UserView user = accounts.create(new NewUser(username, displayName, personId, organizationId, password, Set.of(), Set.of(), true));
			redirect.addFlashAttribute("flashKey", "access.user.created");
			return "redirect:/admin/users/" + user.id();
		}
		catch (DomainException ex) {
			model.addAttribute("problems", problems.of(ex));
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			model.addAttribute("personId", personId);
			model.addAttribute("organizationId", organizationId);
			return "access/new-user";
		}
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		UserView user = accounts.get(id);
		model.addAttribute("user", user);
		List<Long> ids = new ArrayList<>(user.extraSubtrees());
		if (user.organizationId() != null) {
			ids.add(user.organizationId());
		}
		model.addAttribute("orgNames", names(ids));
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", clock.now());
		model.addAttribute("mayReset", !user.username().equals(Caller.name())
				&& Caller.has(Role.separated(user.roles()) ? Authorities.ROLE_MANAGE : Authorities.USER_MANAGE));
		return "access/user";
	}

	/** The system administrator's for business users, the security administrator's for separated administrators (checked by the service). */
	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, Model model, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, password);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("problems", problems.of(ex));
			return show(id, model);
		}
		redirect.addFlashAttribute("flashKey", "access.user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enabled")
	@PreAuthorize(USER_MANAGE)
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		accounts.setEnabled(id, enabled);
		redirect.addFlashAttribute("flashKey", enabled ? "access.user.enabledDone" : "access.user.disabledDone");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/unlock")
	@PreAuthorize(USER_MANAGE)
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("flashKey", "access.user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/roles")
	@PreAuthorize(ROLE_MANAGE)
	String assignRoles(@PathVariable long id, @RequestParam(name = "role", required = false) List<Role> roles,
			@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String extraSubtrees, Model model,
			RedirectAttributes redirect) {
		try {
			Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
			accounts.assignRolesAndScope(id, chosen, organizationId, ids(extraSubtrees));
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("problems", problems.of(ex));
			return show(id, model);
		}
		redirect.addFlashAttribute("flashKey", "access.user.rolesSaved");
		return "redirect:/admin/users/" + id;
	}

	/** Ids typed one after the other, separated by commas, spaces or 、. */
	private static Set<Long> ids(String text) {
		Set<Long> ids = new LinkedHashSet<>();
		if (text == null) {
			return ids;
		}
		for (String part : text.split("[\\s,，、]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(part));
			}
			catch (NumberFormatException e) {
				throw DomainException.invalidField("extraSubtrees", "access.organization.notAnId", part);
			}
		}
		return ids;
	}

	/** Each organization's path from the root, e.g. 中共宁化县委员会 › 中共宁化县安乐镇委员会. */
	private Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			if (id != null) {
				List<OrganizationView> path = organizations.path(id);
				names.put(id, path.isEmpty() ? "#" + id
						: String.join(" › ", path.stream().map(OrganizationView::name).toList()));
			}
		}
		return names;
	}
}
