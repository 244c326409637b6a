package org.bastion.organization.web;

import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The found-or-edit form; kind and parent are fixed once founded. */
public class OrganizationForm {

	@NotBlank(message = "{organization.name.required}")
	@Size(max = 100, message = "{organization.name.tooLong.max}")
	private String name;

	@NotNull(message = "{organization.kind.required}")
	private OrganizationKind kind;

	private DepartmentKind departmentKind;

	@Size(max = 12)
	private String divisionCode;

	private Long parentId;

	private Long version;

	/** 排序号: the explicit place among the siblings, empty for the default order. */
	@jakarta.validation.constraints.Min(value = 1, message = "{organization.sortOrder.range}")
	@jakarta.validation.constraints.Max(value = 9999, message = "{organization.sortOrder.range}")
	private Integer sortOrder;

	static OrganizationForm of(OrganizationView o, long version) {
		OrganizationForm form = new OrganizationForm();
		form.name = o.name();
		form.kind = o.kind();
		form.departmentKind = o.departmentKind();
		form.divisionCode = o.divisionCode();
		form.parentId = o.parentId();
		form.version = version;
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public DepartmentKind getDepartmentKind() {
		return departmentKind;
	}

	public void setDepartmentKind(DepartmentKind departmentKind) {
		this.departmentKind = departmentKind;
	}

	public String getDivisionCode() {
		return divisionCode;
	}

	public void setDivisionCode(String divisionCode) {
		this.divisionCode = divisionCode;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}
}
