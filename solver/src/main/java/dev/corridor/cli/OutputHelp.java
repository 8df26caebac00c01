package dev.corridor.cli;

import dev.corridor.cli.OutputOptions.Replaces;
import java.util.ListResourceBundle;

/**
 * The help of {@link OutputOptions} in each command that mixes it in: what its output is, where it
 * goes by default, and which existing files it replaces without --force. picocli looks a mixed-in
 * option's help up in the root command's bundle by the command's name ({@code corridor.solve.output})
 * and the option's description key. A bundle class rather than a properties file, so the texts stay
 * with the code that uses them; it must be public for the JDK to load it.
 */
public final class OutputHelp extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"corridor.solve.output", "Where to write the plan (default: <dataset name>.plan.json in the current directory)."},
                {"corridor.solve.force", Replaces.PLANS.forceHelp},
                {"corridor.finance.output", "Write the refinanced plan here."},
                {"corridor.finance.force", Replaces.PLANS.forceHelp},
                {"corridor.report.output", "Where to write the page (default: the plan's name with .html, beside it)."},
                {"corridor.report.force", Replaces.REPORTS.forceHelp},
                {"corridor.convert.output", "The dataset JSON to write."},
                {"corridor.convert.force", Replaces.NOTHING.forceHelp},
                {"corridor.export.output", "The MSPDI XML file to write."},
                {"corridor.export.force", Replaces.NOTHING.forceHelp},
                {"corridor.generate.output", "The dataset JSON to write (default: corridor-<N>-<S>.json)."},
                {"corridor.generate.force", Replaces.NOTHING.forceHelp},
                {"corridor.progress.output", "The dataset JSON to write, with the progress recorded."},
                {"corridor.progress.force", Replaces.NOTHING.forceHelp},
                {"corridor.risk.output", "Write the report as JSON here."},
                {"corridor.risk.force", Replaces.NOTHING.forceHelp}};
    }
}
