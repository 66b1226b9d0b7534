using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// One failed assert, fired report, or evaluation failure, on a node of the instance. <see cref="Code"/> is the
/// check's own id when it is an ED code (the project's rules), else ED4001/ED4002/ED4104.
/// </summary>
public sealed record SchematronFinding(
    Severity Severity,
    string Code,
    string Message,
    XObject? Node,
    string? PatternId,
    string RuleContext,
    string? CheckId,
    SourceSpan SchemaLocation)
{
    /// <summary>A stable name of the check for counting: pattern id, check id or schema location.</summary>
    public string RuleKey => $"{PatternId ?? "(pattern)"}/{CheckId ?? SchemaLocation.ToString()}";
}
