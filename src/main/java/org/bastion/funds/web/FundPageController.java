package org.bastion.funds.web;

import java.io.IOException;
import java.util.List;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.FormErrors;
import org.bastion.common.web.ListPage;
import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundEntryView;
import org.bastion.funds.FundKind;
import org.bastion.funds.Funds;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The ledger's pages (资金台账): the list with its filters, total and export, one entry, the form. */
@Controller
@PreAuthorize(Funds.READ)
class FundPageController {

	private final Funds funds;
	private final FundPages pages;

	FundPageController(Funds funds, FundPages pages) {
		this.funds = funds;
		this.pages = pages;
	}

	@GetMapping("/funds")
	String list(@ModelAttribute("filter") FundListFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PageResult<FundEntryView> result = funds.search(filter.filter(), PageRequest.of(page, null));
		model.addAttribute("result", result);
		model.addAttribute("total", funds.total(filter.filter()));
		model.addAttribute("kinds", FundKind.values());
		pages.names(result.items(), model);
		model.addAttribute("pager", ListPage.of(result, p -> filter.url("/funds", p)));
		model.addAttribute("exportUrl", filter.url("/funds/export.xlsx", null));
		return htmx != null ? "funds/list :: results" : "funds/list";
	}

	@GetMapping("/funds/export.xlsx")
	@PreAuthorize("hasAuthority('" + Authorities.EXPORT + "')")
	void export(@ModelAttribute("filter") FundListFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"funds.xlsx\"; filename*=UTF-8''%E8%B5%84%E9%87%91%E5%8F%B0%E8%B4%A6.xlsx");
		pages.export(filter.filter(), response.getOutputStream());
	}

	@GetMapping("/funds/{id}")
	String show(@PathVariable long id, Model model) {
		FundEntryView entry = funds.get(id);
		model.addAttribute("entry", entry);
		pages.names(List.of(entry), model);
		return "funds/show";
	}

	@GetMapping("/funds/new")
	@PreAuthorize(Funds.WRITE)
	String initCreationForm(@RequestParam(required = false) String recordType, @RequestParam(required = false) Long recordId,
			Model model) {
		FundForm form = new FundForm();
		form.setRecordType(recordType);
		form.setRecordId(recordId);
		if ("pairing".equals(recordType)) {
			form.setKind("ASSISTANCE");
		}
		model.addAttribute("fundForm", form);
		return form(model);
	}

	@PostMapping("/funds/new")
	@PreAuthorize(Funds.WRITE)
	String processCreationForm(@ModelAttribute FundForm fundForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FundEntryData data = fundForm.toData(errors, null);
		return FormErrors.save(errors, () -> funds.problems(data), () -> funds.enter(data), created -> {
			redirect.addFlashAttribute("flash", "funds.created");
			redirect.addFlashAttribute("flashArg", created.purpose());
			return "redirect:/funds/" + created.id();
		}, () -> form(model));
	}

	@GetMapping("/funds/{id}/edit")
	@PreAuthorize(Funds.WRITE)
	String initUpdateForm(@PathVariable long id, Model model) {
		FundEntryView entry = funds.get(id);
		model.addAttribute("entry", entry);
		model.addAttribute("fundForm", FundForm.of(entry));
		return form(model);
	}

	@PostMapping("/funds/{id}/edit")
	@PreAuthorize(Funds.WRITE)
	String processUpdateForm(@PathVariable long id, @ModelAttribute FundForm fundForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FundEntryView entry = funds.get(id);
		model.addAttribute("entry", entry);
		FundEntryData data = fundForm.toData(errors, entry);
		if (fundForm.getVersion() == null) {
			errors.reject("error.conflict.version");
		}
		return FormErrors.save(errors, () -> funds.problems(data), () -> funds.change(id, fundForm.getVersion(), data), changed -> {
			redirect.addFlashAttribute("flash", "funds.updated");
			redirect.addFlashAttribute("flashArg", changed.purpose());
			return "redirect:/funds/" + id;
		}, () -> form(model));
	}

	private String form(Model model) {
		model.addAttribute("kinds", FundKind.values());
		pages.choices(model);
		return "funds/form";
	}
}
