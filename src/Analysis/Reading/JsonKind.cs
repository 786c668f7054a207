namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>The kind of a scanned JSON value; <see cref="Undefined"/> when the property is absent.</summary>
internal enum JsonKind : byte
{
    Undefined,
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
