package io.github.ndrclassifier.cli;

import java.io.IOException;

import io.github.ndrclassifier.report.BounceReport;

/** Writes the report of one file. */
interface ReportWriter {
    void write(String file, BounceReport report) throws IOException;
}
