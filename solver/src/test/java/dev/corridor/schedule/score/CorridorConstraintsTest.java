package dev.corridor.schedule.score;

import static dev.corridor.schedule.Fixtures.SUMMER;
import static dev.corridor.schedule.Fixtures.crew;
import static dev.corridor.schedule.Fixtures.job;
import static dev.corridor.schedule.Fixtures.milestone;
import static dev.corridor.schedule.Fixtures.mode;
import static dev.corridor.schedule.Fixtures.scheduled;
import static dev.corridor.schedule.Fixtures.stage;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Money;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.BudgetIndex;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.Fixtures;
import dev.corridor.schedule.Horizon;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.Link;
import dev.corridor.schedule.problem.Objective;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ResourceSpec;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.problem.SystemValue;
import dev.corridor.schedule.problem.WorkCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CorridorConstraintsTest {

    private final ConstraintVerifier<CorridorConstraints, CorridorSchedule> verifier = ConstraintVerifier.build(
            new CorridorConstraints(), CorridorSchedule.class, StageJob.class, ActivityList.class);

    @Nested
    class PrecedenceLink {

        private final StageJob tunnel = job(stage(0, mode(0, 4, 0)), 0);

        @Test
        void successorStartingBeforeItsPredecessorFinishesIsPenalisedByTheGap() {
            var fitOut = job(stage(1, mode(1, 2, 0)), 2);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.FS, 1), tunnel, fitOut))
                    .penalizesBy(3);
        }

        @Test
        void successorStartingAfterFinishAndLagIsFine() {
            var fitOut = job(stage(1, mode(1, 2, 0)), 5);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.FS, 1), tunnel, fitOut))
                    .penalizes(0);
        }

        @Test
        void startToStartLagCountsFromThePredecessorStart() {
            var track = job(stage(1, mode(1, 6, 0)), 1);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.SS, 2), tunnel, track))
                    .penalizesBy(1);
        }

        @Test
        void finishToFinishHoldsWhenSuccessorFinishesLateEnough() {
            var track = job(stage(1, mode(1, 3, 0)), 1);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.FF, 0), tunnel, track))
                    .penalizes(0);
        }

        @Test
        void startToFinishIsBrokenWhenSuccessorFinishesBeforePredecessorStartPlusLag() {
            var survey = job(stage(1, mode(1, 1, 0)), 0);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.SF, 3), tunnel, survey))
                    .penalizesBy(2);
        }
    }

    @Nested
    class ResourceCapacity {

        @Test
        void twoStagesOverbookingACrewArePenalisedByTheUnitsOverPerPeriod() {
            var tbms = crew(0, 2);
            var east = job(stage(0, mode(0, 3, 0, 2)), 0);
            var west = job(stage(1, mode(1, 3, 0, 1)), 1);
            // Overlap in periods 1 and 2: 3 units against 2, one over in each.
            verifier.verifyThat(CorridorConstraints::resourceCapacity)
                    .given(scheduled(tbms, east, west))
                    .penalizesBy(2);
        }

        @Test
        void stagesWithinCapacityAreFine() {
            var tbms = crew(0, 3);
            var east = job(stage(0, mode(0, 3, 0, 2)), 0);
            var west = job(stage(1, mode(1, 3, 0, 1)), 1);
            verifier.verifyThat(CorridorConstraints::resourceCapacity)
                    .given(scheduled(tbms, east, west))
                    .penalizes(0);
        }

        @Test
        void capacityThatRampsUpLaterDoesNotCoverEarlyWork() {
            var ramped = new ResourceSpec(0, "tbm", "TBMs", 1, new int[] {5}, new int[] {3});
            var early = job(stage(0, mode(0, 2, 0, 2)), 0);
            var late = job(stage(1, mode(1, 2, 0, 3)), 5);
            verifier.verifyThat(CorridorConstraints::resourceCapacity)
                    .given(scheduled(ramped, early, late))
                    .penalizesBy(2);
        }

        @Test
        void pausedSeasonalStageHoldsNoCrewInClosedPeriods() {
            var gangs = crew(0, 1);
            // Summer stage from period 2 works 2, 3, 6, 7; the year-round stage works 4 and 5 in between.
            var track = job(stage(0, SUMMER, 0, -1, mode(0, 4, 0, 1)), 2);
            var depot = job(stage(1, mode(1, 2, 0, 1)), 4);
            verifier.verifyThat(CorridorConstraints::resourceCapacity)
                    .given(scheduled(gangs, track, depot))
                    .penalizes(0);
        }
    }

    /** The budget windows as the plan holds them for the score: indexed by period. */
    private static BudgetIndex windows(BudgetWindow... windows) {
        return new BudgetIndex(java.util.List.of(windows));
    }

    @Nested
    class BudgetCap {

        @Test
        void spendOverTheWindowCapIsPenalisedInMoneyUnitsRoundedUp() {
            var year = new BudgetWindow(0, 0, 12, Money.rounded(100).thousandths());
            var a = job(stage(0, mode(0, 4, 80)), 0);
            var b = job(stage(1, mode(1, 4, 40.5)), 2);
            verifier.verifyThat(CorridorConstraints::budgetCap)
                    .given(scheduled(windows(year), a, b))
                    .penalizesBy(21);
        }

        @Test
        void aStageWorkingAcrossTwoWindowsBooksInEachTheSpendOfItsPeriodsThere() {
            // 100 over periods 1..4, 25 a period: 75 in [0, 4) against 60, 25 in [4, 8) against 20.
            var first = new BudgetWindow(0, 0, 4, Money.rounded(60).thousandths());
            var second = new BudgetWindow(1, 4, 8, Money.rounded(20).thousandths());
            var a = job(stage(0, mode(0, 4, 100)), 1);
            verifier.verifyThat(CorridorConstraints::budgetCap)
                    .given(scheduled(windows(first, second), a))
                    .penalizesBy(15 + 5);
            verifier.verifyThat(CorridorConstraints::budgetCap)
                    .given(scheduled(windows(first, second), a))
                    .penalizes(2);
        }

        @Test
        void onlyTheSpendInsideTheWindowCounts() {
            var firstYear = new BudgetWindow(0, 0, 2, Money.rounded(50).thousandths());
            var a = job(stage(0, mode(0, 4, 100)), 0);
            verifier.verifyThat(CorridorConstraints::budgetCap)
                    .given(scheduled(windows(firstYear), a))
                    .penalizes(0);
        }
    }

    @Nested
    class MoneyBeforeATrancheOpens {

        @Test
        void spendBeforeTheOpeningOverWhatTheOpenTranchesHoldIsPenalisedInMoneyUnitsRoundedUp() {
            var beforeTheLoan = new BudgetWindow(0, 0, 6, Money.rounded(50).thousandths(), true);
            // 20 a period for four periods from 0, 10 a period from 4: 80 + 20 before period 6.
            var a = job(stage(0, mode(0, 4, 80)), 0);
            var b = job(stage(1, mode(1, 4, 40.5)), 4);
            verifier.verifyThat(CorridorConstraints::moneyBeforeTrancheOpens)
                    .given(scheduled(windows(beforeTheLoan), a, b))
                    .penalizesBy(51);
        }

        @Test
        void spendFromTheOpeningOnIsFreeOfIt() {
            var beforeTheLoan = new BudgetWindow(0, 0, 6, Money.rounded(50).thousandths(), true);
            var a = job(stage(0, mode(0, 4, 80)), 6);
            verifier.verifyThat(CorridorConstraints::moneyBeforeTrancheOpens)
                    .given(scheduled(windows(beforeTheLoan), a))
                    .penalizes(0);
        }

        @Test
        void aBudgetCapIsNotItsConcernNorIsAFundingWindowTheBudgetCaps() {
            var cap = new BudgetWindow(0, 0, 12, Money.rounded(10).thousandths());
            var funding = new BudgetWindow(1, 0, 12, Money.rounded(10).thousandths(), true);
            var a = job(stage(0, mode(0, 4, 80)), 0);
            verifier.verifyThat(CorridorConstraints::moneyBeforeTrancheOpens)
                    .given(scheduled(windows(cap), a))
                    .penalizes(0);
            verifier.verifyThat(CorridorConstraints::budgetCap)
                    .given(scheduled(windows(funding), a))
                    .penalizes(0);
        }
    }

    @Nested
    class OpenSeason {

        @Test
        void seasonalStageStartingInAClosedPeriodIsPenalisedByTheWaitForTheSeason() {
            var marine = stage(0, SUMMER, 0, -1, mode(0, 2, 0));
            var early = new StageJob(marine, marine.modes().get(0), 0);
            early.setPlacement(new Placement(4, 7));
            verifier.verifyThat(CorridorConstraints::openSeason)
                    .given(scheduled(early))
                    .penalizesBy(2);
        }

        @Test
        void seasonalStageStartingInTheSeasonIsFine() {
            verifier.verifyThat(CorridorConstraints::openSeason)
                    .given(scheduled(job(stage(0, SUMMER, 0, -1, mode(0, 2, 0)), 6)))
                    .penalizes(0);
        }
    }

    @Nested
    class ReleaseDate {

        @Test
        void startBeforeReleaseIsPenalisedByThePeriodsTooEarly() {
            verifier.verifyThat(CorridorConstraints::releaseDate)
                    .given(scheduled(job(stage(0, WorkCalendar.ALWAYS, 5, -1, mode(0, 2, 0)), 2)))
                    .penalizesBy(3);
        }

        @Test
        void startAtReleaseIsFine() {
            verifier.verifyThat(CorridorConstraints::releaseDate)
                    .given(scheduled(job(stage(0, WorkCalendar.ALWAYS, 5, -1, mode(0, 2, 0)), 5)))
                    .penalizes(0);
        }
    }

    @Nested
    class Deadline {

        @Test
        void finishAfterDeadlineIsPenalisedByThePeriodsLate() {
            verifier.verifyThat(CorridorConstraints::deadline)
                    .given(scheduled(job(stage(0, WorkCalendar.ALWAYS, 0, 6, mode(0, 4, 0)), 5)))
                    .penalizesBy(3);
        }

        @Test
        void stageWithoutDeadlineIsNeverLate() {
            verifier.verifyThat(CorridorConstraints::deadline)
                    .given(scheduled(job(stage(0, mode(0, 4, 0)), 500)))
                    .penalizes(0);
        }
    }

    @Nested
    class Horizon {

        @Test
        void finishBeyondTheHorizonIsPenalised() {
            verifier.verifyThat(CorridorConstraints::horizon)
                    .given(scheduled(new dev.corridor.schedule.Horizon(10, Objective.MAKESPAN), job(stage(0, mode(0, 4, 0)), 8)))
                    .penalizesBy(2);
        }

        @Test
        void finishOnTheHorizonIsFine() {
            verifier.verifyThat(CorridorConstraints::horizon)
                    .given(scheduled(new dev.corridor.schedule.Horizon(10, Objective.MAKESPAN), job(stage(0, mode(0, 4, 0)), 6)))
                    .penalizes(0);
        }
    }

    @Nested
    class Makespan {

        @Test
        void makespanIsTheLatestFinish() {
            verifier.verifyThat(CorridorConstraints::makespan)
                    .given(scheduled(new dev.corridor.schedule.Horizon(100, Objective.MAKESPAN),
                            job(stage(0, mode(0, 4, 0)), 0), job(stage(1, mode(1, 3, 0)), 9)))
                    .penalizesBy(12);
        }

        @Test
        void makespanGivesWayToMilestonesWhenTheDatasetNamesThem() {
            verifier.verifyThat(CorridorConstraints::makespan)
                    .given(scheduled(new dev.corridor.schedule.Horizon(100, Objective.MILESTONES), job(stage(0, mode(0, 4, 0)), 0)))
                    .penalizes(0);
        }
    }

    @Nested
    class MilestoneCompletion {

        @Test
        void milestoneFinishIsWeighted() {
            verifier.verifyThat(CorridorConstraints::milestoneCompletion)
                    .given(scheduled(new dev.corridor.schedule.Horizon(100, Objective.MILESTONES),
                            job(milestone(0, 2500, mode(0, 4, 0)), 6), job(stage(1, mode(1, 3, 0)), 20)))
                    .penalizesBy(2500 * 10);
        }

        @Test
        void stagesThatAreNoMilestoneDoNotCount() {
            verifier.verifyThat(CorridorConstraints::milestoneCompletion)
                    .given(scheduled(new dev.corridor.schedule.Horizon(100, Objective.MILESTONES),
                            job(stage(0, mode(0, 4, 0)), 6)))
                    .penalizes(0);
        }
    }

    @Nested
    class OpeningValueForgone {

        private final double[] halfEachPeriod = {1.0, 0.5, 0.25, 0.125};

        @Test
        void systemOpeningLateForgoesTheDiscountedEarningsOfEveryPeriodBeforeIt() {
            var freight = new SystemValue(CorridorSystem.FREIGHT, 10, halfEachPeriod);
            // The freight stages finish at 2 and 3: the system opens in period 3, forgoing periods 0..2.
            verifier.verifyThat(CorridorConstraints::openingValueForgone)
                    .given(scheduled(freight, job(stage(0, mode(0, 2, 0)), 0), job(stage(1, mode(1, 2, 0)), 1)))
                    .penalizesBy(Math.round(10 * (1.0 + 0.5 + 0.25) * Money.PER_UNIT));
        }

        @Test
        void systemsWithoutOpeningValueForgoNothing() {
            var energy = new SystemValue(CorridorSystem.ENERGY, 10, halfEachPeriod);
            verifier.verifyThat(CorridorConstraints::openingValueForgone)
                    .given(scheduled(energy, job(stage(0, mode(0, 2, 0)), 5)))
                    .penalizes(0);
        }
    }

    @Nested
    class SpendAndFinancing {

        private final SpendWeights dearEarly = new SpendWeights(new double[] {2.0, 1.5, 1.0});

        @Test
        void spendIsWeightedByTheCostOfMoneyInEachPeriodItFallsIn() {
            // 12 spread over periods 1..3: 4 at 1.5, 4 at 1.0, 4 at 1.0 (past the table: its last weight).
            verifier.verifyThat(CorridorConstraints::spendAndFinancingCost)
                    .given(scheduled(new dev.corridor.schedule.Horizon(10, Objective.MAKESPAN), dearEarly,
                            job(stage(0, mode(0, 3, 12)), 1)))
                    .penalizesBy(Math.round((4 * 1.5 + 4 + 4) * Money.PER_UNIT));
        }

        @Test
        void freeStagesCostNothing() {
            verifier.verifyThat(CorridorConstraints::spendAndFinancingCost)
                    .given(scheduled(new dev.corridor.schedule.Horizon(10, Objective.MAKESPAN), dearEarly,
                            job(stage(0, mode(0, 4, 0)), 0)))
                    .penalizes(0);
        }

        @Test
        void underNetPresentValueTheSpendCountsOnTheMediumLevelInstead() {
            var npv = new dev.corridor.schedule.Horizon(10, Objective.NET_PRESENT_VALUE);
            var stage = job(stage(0, mode(0, 2, 10)), 0);
            verifier.verifyThat(CorridorConstraints::spendAndFinancingCost)
                    .given(scheduled(npv, dearEarly, stage))
                    .penalizes(0);
            verifier.verifyThat(CorridorConstraints::spendAndFinancingInValue)
                    .given(scheduled(npv, dearEarly, job(stage(0, mode(0, 2, 10)), 0)))
                    .penalizesBy(Math.round((5 * 2.0 + 5 * 1.5) * Money.PER_UNIT));
        }
    }

    @Nested
    class StagesNotYetPlaced {

        // The rules read every job, assigned or not, and each asks whether a job is placed: one with
        // neither mode nor placement (as before the first decode) counts in none of them.
        private final StageJob placed = job(stage(0, mode(0, 3, 5, 1)), 0);
        private final StageJob unplaced = new StageJob(stage(1, mode(1, 3, 5, 1)));
        private final dev.corridor.schedule.Horizon horizon = new dev.corridor.schedule.Horizon(2, Objective.MAKESPAN);

        @Test
        void aJobWithoutModeOrPlacementHoldsNoCrewAndBreaksNoHorizon() {
            verifier.verifyThat(CorridorConstraints::resourceCapacity)
                    .given(scheduled(crew(0, 1), placed, unplaced))
                    .penalizes(0);
            verifier.verifyThat(CorridorConstraints::horizon)
                    .given(scheduled(horizon, placed, unplaced))
                    .penalizesBy(1);
        }

        @Test
        void aJobWithoutModeOrPlacementSetsNoMakespanNorWaitsForAPredecessor() {
            verifier.verifyThat(CorridorConstraints::makespan)
                    .given(scheduled(horizon, placed, unplaced))
                    .penalizesBy(3);
            verifier.verifyThat(CorridorConstraints::precedence)
                    .given(scheduled(new Link(0, 1, LinkType.FS, 0), placed, unplaced))
                    .penalizes(0);
            verifier.verifyThat(CorridorConstraints::spendAndFinancingCost)
                    .given(scheduled(horizon, new SpendWeights(new double[] {1.0}), unplaced))
                    .penalizes(0);
        }
    }
}
