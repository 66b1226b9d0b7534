namespace Edition.TestSupport;

/// <summary>The field's reference RELAX NG validator, run on the same files as Edition's own.</summary>
public static class Jing
{
    public static ExternalTool.Result Validate(string schema, params string[] files)
    {
        var jing = ExternalTool.Require("jing", "jing");
        return ExternalTool.Run(jing, new[] { schema }.Concat(files));
    }
}
