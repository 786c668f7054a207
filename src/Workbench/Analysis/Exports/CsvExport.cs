using CsvHelper;

namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>
/// The CSV dialect of every export: RFC 4180 quoting with '\n' line ends, as the older system's files have. Text cells
/// come from conversation data, so one that a spreadsheet would run as a formula (it starts with = + - @, tab or CR)
/// gets a leading ' (OWASP), which the spreadsheet reads as "this is text"; numbers are written as numbers.
/// </summary>
internal static class CsvExport
{
    public static CsvWriter CreateWriter(TextWriter output, bool leaveOpen) =>
        CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape }, leaveOpen);
}
