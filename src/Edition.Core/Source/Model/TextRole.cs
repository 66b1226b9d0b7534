namespace Edition.Core.Source.Model;

public enum TextRole
{
    Original,
    Translation,
}
