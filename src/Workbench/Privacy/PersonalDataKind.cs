namespace AgentSupport.Workbench.Privacy;

/// <summary>The kinds of personal data the redactor recognises; each is replaced by <c>[NAME]</c>.</summary>
public enum PersonalDataKind
{
    Email,
    Clabe,
    Card,
    Curp,
    Rfc,
    Ine,
    Address,
    Phone,
}
