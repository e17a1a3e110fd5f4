package org.postwatch.conduct;

/**
 * One line of the standard FOI answer: investigations into staff social media use reported in a year (or in total),
 * how many involved police officers, and how many ended in dismissal, resignation or retirement.
 */
public record FoiRow(
        String label,
        Figure investigations,
        Figure involvingPoliceOfficers,
        Figure endedInDismissalResignationOrRetirement) {}
