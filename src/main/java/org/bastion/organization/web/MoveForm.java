package org.bastion.organization.web;

public class MoveForm {

	private Long newParentId;

	public Long getNewParentId() {
		return newParentId;
	}

	public void setNewParentId(Long newParentId) {
		this.newParentId = newParentId;
	}
}
