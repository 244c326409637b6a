package org.bastion.access.internal;

import java.security.Principal;

import org.bastion.common.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The signed-in user's own pages: changing their password and their named API tokens (个人设置). */
@Controller
class AccountPageController {

	private final AccountService accounts;
	private final ApiTokens tokens;
	private final AccessClock clock;
	private final Problems problems;
	private final KnownDevices devices;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPageController(AccountService accounts, ApiTokens tokens, AccessClock clock, Problems problems, KnownDevices devices) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.clock = clock;
		this.problems = problems;
		this.devices = devices;
	}

	@GetMapping(PasswordChangeFilter.PAGE)
	String passwordForm(Principal principal, HttpSession session, Model model) {
		model.addAttribute("required", Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.REQUIRED)));
		model.addAttribute("bootstrap", accounts.isBootstrapAdmin(principal.getName()));
		return "access/password";
	}

	@PostMapping(PasswordChangeFilter.PAGE)
	String changePassword(Principal principal, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, HttpSession session, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		int securityVersion;
		try {
			if (accounts.isBootstrapAdmin(principal.getName())) {
				throw new DomainException(DomainException.Kind.CONFLICT, "access.password.bootstrap");
			}
			if (!newPassword.equals(repeatPassword)) {
				throw DomainException.invalidField("repeatPassword", "access.password.mismatch");
			}
			securityVersion = accounts.changeOwnPassword(principal.getName(), currentPassword, newPassword);
		}
		catch (DomainException ex) {
			model.addAttribute("problems", problems.of(ex));
			return passwordForm(principal, session, model);
		}
		session.removeAttribute(PasswordChangeFilter.REQUIRED);
		stayOnAt(securityVersion, request, response);
		redirect.addFlashAttribute("flashKey", "access.password.changed");
		return "redirect:/profile";
	}

	/**
	 * The change raised the security version, which ends every session and known device of the user:
	 * this session and this browser are re-issued at the new version (under a new session id), so only
	 * the others end.
	 */
	private void stayOnAt(int securityVersion, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Object requestDetails = current.getDetails() instanceof PasswordSignInProvider.SignInDetails details ? details.request()
				: current.getDetails();
		UsernamePasswordAuthenticationToken reissued = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
				current.getAuthorities());
		reissued.setDetails(new PasswordSignInProvider.SignInDetails(requestDetails, false, securityVersion));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(reissued);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		response.addHeader(HttpHeaders.SET_COOKIE, devices.cookie(current.getName(), securityVersion, clock.now()).toString());
	}

	@GetMapping("/profile")
	String profile(Principal principal, Model model) {
		model.addAttribute("user", accounts.find(principal.getName()).orElse(null));
		model.addAttribute("username", principal.getName());
		model.addAttribute("tokens", tokens.list(principal.getName()));
		model.addAttribute("now", clock.now());
		return "access/profile";
	}

	@PostMapping("/profile/tokens")
	String issueToken(Principal principal, @RequestParam String name, HttpServletRequest request, Model model) {
		try {
			model.addAttribute("issued", tokens.issue(principal.getName(), name, request.getRemoteAddr()));
		}
		catch (DomainException ex) {
			model.addAttribute("problems", problems.of(ex));
		}
		return profile(principal, model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("flashKey", "access.token.revoked");
		return "redirect:/profile";
	}
}
