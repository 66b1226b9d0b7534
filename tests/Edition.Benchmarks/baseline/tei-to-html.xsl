<?xml version="1.0" encoding="UTF-8"?>
<!--
  The field's usual path, as a baseline: a plain TEI → HTML stylesheet, one page per div[@type='document']
  with its head, paragraphs and numbered footnotes. XSLT 2.0 processors (Saxon-HE) write one file per
  document with xsl:result-document; XSLT 1.0 processors (System.Xml.Xsl.XslCompiledTransform) run in
  forwards-compatible mode and take the xsl:fallback, writing the same pages one after another to one output.
-->
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <pages>
      <xsl:for-each select="//tei:div[@type='document']">
        <xsl:result-document href="documents/{@xml:id}.html" method="html">
          <xsl:call-template name="page"/>
          <xsl:fallback><xsl:call-template name="page"/></xsl:fallback>
        </xsl:result-document>
      </xsl:for-each>
    </pages>
  </xsl:template>

  <xsl:template name="page">
    <html>
      <head><meta charset="utf-8"/><title><xsl:value-of select="normalize-space(tei:head)"/></title></head>
      <body>
        <main>
          <h1><xsl:apply-templates select="tei:head/node()"/></h1>
          <xsl:apply-templates select="node()[not(self::tei:head)]"/>
        </main>
        <xsl:if test=".//tei:note">
          <section class="notes"><ol>
            <xsl:for-each select=".//tei:note">
              <li id="{generate-id()}" value="{@n}"><xsl:apply-templates/></li>
            </xsl:for-each>
          </ol></section>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:p|tei:dateline|tei:signed|tei:salute|tei:closer|tei:opener|tei:item|tei:label">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:list"><ul><xsl:apply-templates/></ul></xsl:template>
  <xsl:template match="tei:list/tei:item"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="tei:head"><h2><xsl:apply-templates/></h2></xsl:template>
  <xsl:template match="tei:hi"><span class="{@rend}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:lb"><br/></xsl:template>
  <xsl:template match="tei:pb"><span class="pb" id="{@xml:id}">[<xsl:value-of select="@n"/>]</span></xsl:template>
  <xsl:template match="tei:ref[@target]"><a href="{@target}"><xsl:apply-templates/></a></xsl:template>
  <!-- FRUS notes carry their number in @n (xsl:number level="any" is quadratic in XslCompiledTransform). -->
  <xsl:template match="tei:note">
    <a class="noteref" href="#{generate-id()}"><sup><xsl:value-of select="@n"/></sup></a>
  </xsl:template>
  <xsl:template match="tei:table"><table><xsl:apply-templates/></table></xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates/></tr></xsl:template>
  <xsl:template match="tei:cell"><td><xsl:apply-templates/></td></xsl:template>
  <xsl:template match="*"><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>
