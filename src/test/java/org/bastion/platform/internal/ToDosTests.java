package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.platform.SwitchedToDos;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.platform.ToDoSource;
import org.junit.jupiter.api.Test;

class ToDosTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@Test
	void theMostUrgentComeFirstAndOfEqualUrgencyTheEarliestDueWithUndatedLast() {
		ToDo later = toDo(Urgency.LATER, "later", null);
		ToDo weekFriday = toDo(Urgency.THIS_WEEK, "friday", MONDAY.plusDays(4));
		ToDo weekUndated = toDo(Urgency.THIS_WEEK, "undated", null);
		ToDo weekTuesday = toDo(Urgency.THIS_WEEK, "tuesday", MONDAY.plusDays(1));
		ToDo overdue = toDo(Urgency.OVERDUE, "overdue", MONDAY.minusDays(3));

		ToDos.Listing listing = ToDos.collect(List.of(() -> List.of(later, weekFriday), () -> List.of(weekUndated, weekTuesday),
				() -> List.of(overdue)));

		assertThat(listing.toDos()).containsExactly(overdue, weekTuesday, weekFriday, weekUndated, later);
		assertThat(listing.groups()).extracting(ToDos.Group::urgency).containsExactly(Urgency.OVERDUE, Urgency.THIS_WEEK, Urgency.LATER);
	}

	@Test
	void aFailingSourceIsLeftOutAndTheOthersAreStillListed() {
		ToDo before = toDo(Urgency.TODAY, "before", MONDAY);
		ToDo after = toDo(Urgency.LATER, "after", null);
		ToDoSource broken = new SwitchedToDos.Broken();

		ToDos.Listing listing = ToDos.collect(List.of(() -> List.of(before), broken, () -> List.of(after)));

		assertThat(listing.toDos()).containsExactly(before, after);
		assertThat(listing.incomplete()).isTrue();
	}

	@Test
	void theMenuCountIsEveryRecordWaitingNotTheNumberOfToDos() {
		ToDos.Listing listing = ToDos.collect(List.of(() -> List.of(toDo(Urgency.TODAY, "a", MONDAY, 3), toDo(Urgency.LATER, "b", null, 4))));

		assertThat(listing.total()).isEqualTo(7);
		assertThat(listing.incomplete()).isFalse();
	}

	private static ToDo toDo(Urgency urgency, String key, LocalDate due) {
		return toDo(urgency, key, due, 1);
	}

	private static ToDo toDo(Urgency urgency, String key, LocalDate due, long count) {
		return new ToDo(urgency, key, List.of(), "/" + key, count, due);
	}
}
