package org.bastion.people.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bastion.common.Gender;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.springframework.validation.BindingResult;

/**
 * The person form, all text, so that whatever was typed comes back unchanged when the form is
 * refused. The ID number is never filled in from a stored person: left blank, the stored one stays.
 */
public class PersonForm {

	private String name;
	private String gender;
	private String ethnicity = "汉族";
	private String birthDate;
	private String idNumber;
	private String mobile;
	private String education;
	private String householdDivisionCode;
	private String organizationId;
	private String joinedPartyOn;
	private String partyStatus;
	private String cadreRank;
	private String workplace;
	private String departmentKind;
	private List<String> tags = new ArrayList<>();
	private Long version;

	static PersonForm of(PersonView p) {
		PersonForm form = new PersonForm();
		form.name = p.name();
		form.gender = p.gender().name();
		form.ethnicity = p.ethnicity();
		form.birthDate = p.birthDate().toString();
		form.education = name(p.education());
		form.householdDivisionCode = p.householdDivisionCode();
		form.organizationId = p.organizationId() == null ? null : p.organizationId().toString();
		form.joinedPartyOn = p.joinedPartyOn() == null ? null : p.joinedPartyOn().toString();
		form.partyStatus = name(p.partyStatus());
		form.cadreRank = name(p.cadreRank());
		form.workplace = p.workplace();
		form.departmentKind = name(p.departmentKind());
		form.tags = p.tags().stream().map(Enum::name).toList();
		form.version = p.version();
		return form;
	}

	/** The entered person; values that cannot be read are rejected in {@code errors} and left out. */
	PersonData toData(BindingResult errors) {
		Set<PersonTag> chosen = EnumSet.noneOf(PersonTag.class);
		if (tags != null) {
			tags.forEach(t -> chosen.add(PersonTag.valueOf(t)));
		}
		return new PersonData(name, parse("gender", gender, Gender::valueOf, errors), ethnicity,
				parse("birthDate", birthDate, LocalDate::parse, errors), idNumber, mobile,
				parse("education", education, EducationLevel::valueOf, errors), householdDivisionCode,
				parse("organizationId", organizationId, Long::valueOf, errors),
				parse("joinedPartyOn", joinedPartyOn, LocalDate::parse, errors),
				parse("partyStatus", partyStatus, PartyStatus::valueOf, errors),
				parse("cadreRank", cadreRank, CadreRank::valueOf, errors), workplace,
				parse("departmentKind", departmentKind, DepartmentKind::valueOf, errors), chosen);
	}

	private static <T> T parse(String field, String text, Function<String, T> parser, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.rejectValue(field, "person.error.unreadable");
			return null;
		}
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getGender() { return gender; }
	public void setGender(String gender) { this.gender = gender; }
	public String getEthnicity() { return ethnicity; }
	public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
	public String getBirthDate() { return birthDate; }
	public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
	public String getIdNumber() { return idNumber; }
	public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
	public String getMobile() { return mobile; }
	public void setMobile(String mobile) { this.mobile = mobile; }
	public String getEducation() { return education; }
	public void setEducation(String education) { this.education = education; }
	public String getHouseholdDivisionCode() { return householdDivisionCode; }
	public void setHouseholdDivisionCode(String code) { this.householdDivisionCode = code; }
	public String getOrganizationId() { return organizationId; }
	public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
	public String getJoinedPartyOn() { return joinedPartyOn; }
	public void setJoinedPartyOn(String joinedPartyOn) { this.joinedPartyOn = joinedPartyOn; }
	public String getPartyStatus() { return partyStatus; }
	public void setPartyStatus(String partyStatus) { this.partyStatus = partyStatus; }
	public String getCadreRank() { return cadreRank; }
	public void setCadreRank(String cadreRank) { this.cadreRank = cadreRank; }
	public String getWorkplace() { return workplace; }
	public void setWorkplace(String workplace) { this.workplace = workplace; }
	public String getDepartmentKind() { return departmentKind; }
	public void setDepartmentKind(String departmentKind) { this.departmentKind = departmentKind; }
	public List<String> getTags() { return tags; }
	public void setTags(List<String> tags) { this.tags = tags; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
}
