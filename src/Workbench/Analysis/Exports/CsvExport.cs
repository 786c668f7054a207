using CsvHelper;

namespace AgentSupport.Workbench.Analysis;

/// <summary>The CSV dialect of every export: RFC 4180 quoting with '\n' line ends, as the older system's files have.</summary>
internal static class CsvExport
{
    public static CsvWriter CreateWriter(TextWriter output, bool leaveOpen) =>
        CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen);
}
