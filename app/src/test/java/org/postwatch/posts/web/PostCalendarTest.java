package org.postwatch.posts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.AccountId;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostState;
import org.postwatch.posts.PostTarget;
import org.postwatch.posts.PostView;

class PostCalendarTest {

    static final AccountId DOGS = new AccountId(UUID.randomUUID());
    static final AccountId MAIN = new AccountId(UUID.randomUUID());

    static PostView scheduled(Instant at, String text, AccountId... accounts) {
        List<PostTarget> targets = Arrays.stream(accounts)
                .map(a -> new PostTarget(
                        a,
                        a == DOGS ? "@GlosPoliceDogs on X" : "@GlosPolice on X",
                        a == DOGS ? "@GlosPoliceDogs" : "@GlosPolice",
                        "X",
                        null,
                        null,
                        null,
                        null))
                .toList();
        return new PostView(
                PostId.random(),
                new StaffId(UUID.randomUUID()),
                "Sam Archer",
                PostState.SCHEDULED,
                text,
                null,
                at,
                targets,
                List.of(),
                1,
                null,
                false,
                null,
                null,
                null,
                null,
                at,
                at,
                at,
                null);
    }

    @Test
    void aMonthIsWholeWeeksFromMondayWithTheOtherMonthsDaysMarkedOutside() {
        var calendar = PostCalendar.of("month", LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 17), List.of(), null);

        assertThat(calendar.title()).isEqualTo("March 2027");
        assertThat(calendar.start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(calendar.weeks()).allSatisfy(week -> {
            assertThat(week).hasSize(7);
            assertThat(week.getFirst().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        });
        assertThat(calendar.weeks().getLast().getLast().date()).isEqualTo(LocalDate.of(2027, 4, 4));
        assertThat(calendar.weeks().getLast().getLast().inRange()).isFalse();
        assertThat(calendar.previous()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(calendar.next()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aPostLandsOnItsLondonDayNotItsUtcDay() {
        // 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London (summer time).
        var late = scheduled(Instant.parse("2027-03-31T23:30:00Z"), "Midnight patrol", DOGS);

        var calendar =
                PostCalendar.of("month", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 1, 1), List.of(late), null);

        assertThat(calendar.busyDays()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(day.entries())
                    .singleElement()
                    .satisfies(e -> assertThat(e.time()).isEqualTo("00:30"));
        });
    }

    @Test
    void aPostToTwoAccountsAppearsOncePerAccountAndTheFilterKeepsOne() {
        var both = scheduled(Instant.parse("2027-03-05T10:00:00Z"), "Open day", DOGS, MAIN);

        var all = PostCalendar.of("week", LocalDate.of(2027, 3, 5), LocalDate.of(2027, 1, 1), List.of(both), null);
        var dogsOnly = PostCalendar.of(
                "week", LocalDate.of(2027, 3, 5), LocalDate.of(2027, 1, 1), List.of(both), DOGS.value());

        assertThat(all.count()).isEqualTo(2);
        assertThat(dogsOnly.count()).isEqualTo(1);
        assertThat(dogsOnly.busyDays().getFirst().entries().getFirst().handle()).isEqualTo("@GlosPoliceDogs");
        assertThat(all.title()).isEqualTo("Week of 1 March 2027");
    }

    @Test
    void aBusyDayShowsThreeAndCountsTheRest() {
        List<PostView> five = IntStream.range(0, 5)
                .mapToObj(i -> scheduled(Instant.parse("2027-03-05T1" + i + ":00:00Z"), "Post " + i, DOGS))
                .toList();

        var calendar = PostCalendar.of("month", LocalDate.of(2027, 3, 5), LocalDate.of(2027, 1, 1), five, null);

        var day = calendar.busyDays().getFirst();
        assertThat(day.firstFew()).hasSize(3);
        assertThat(day.more()).isEqualTo(2);
        assertThat(day.entries()).extracting(PostCalendar.Entry::time).isSorted();
    }
}
