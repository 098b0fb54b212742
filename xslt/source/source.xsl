<?xml version="1.0" encoding="UTF-8"?>
<!--
  The source edition: the plain text written back in its source layout.
  It must equal the original source character for character (line endings
  normalized): the proof that the encoding lost and invented nothing.
  Blocks in source order: date line, title(s), body blocks, notes (in numerical
  order, as the reader requires them, anchored or not), summary;
  each preceded by its blank lines (te:space-before) and ended by a newline.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/conventions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:variable name="text" select="tei:TEI/tei:text"/>
    <xsl:variable name="blocks" as="element()*"
      select="$text/tei:front/(tei:docDate | tei:docTitle/tei:titlePart),
              $text/tei:body//(tei:head | tei:p[not(ancestor::tei:note)] | tei:ab | tei:item | tei:speaker
                               | tei:signed | tei:trailer),
              sort(($text | tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract)//tei:note,
                   (), function($n) { number($n/@n) }),
              tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract/tei:p"/>
    <xsl:variable name="out" as="xs:string">
      <xsl:value-of separator="">
        <xsl:for-each select="$blocks">
          <xsl:apply-templates select="." mode="block">
            <xsl:with-param name="first" select="position() = 1"/>
          </xsl:apply-templates>
        </xsl:for-each>
        <xsl:for-each select="1 to te:space-after($text)">
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </xsl:value-of>
    </xsl:variable>
    <xsl:value-of select="if (tokenize($text/@rend) = 'no-final-newline')
                          then replace($out, '\n$', '') else $out"/>
  </xsl:template>

  <xsl:function name="te:space-after" as="xs:integer">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="token" select="tokenize($text/@rend)[starts-with(., 'space-after(')][1]"/>
    <xsl:sequence select="if ($token) then xs:integer(replace($token, '\D', '')) else 0"/>
  </xsl:function>

  <xsl:template name="gap">
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:for-each select="1 to te:space-before(., if ($first) then 0 else 1)">
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="end">
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A speaker starts a block; the paragraph after it continues the same line. -->
  <xsl:template match="tei:speaker" mode="block">
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:call-template name="gap"><xsl:with-param name="first" select="$first"/></xsl:call-template>
    <xsl:apply-templates mode="te:source"/>
  </xsl:template>

  <xsl:template match="tei:docDate | tei:titlePart | tei:head | tei:p | tei:ab | tei:signed | tei:trailer" mode="block">
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:if test="not(preceding-sibling::*[1][self::tei:speaker])">
      <xsl:call-template name="gap"><xsl:with-param name="first" select="$first"/></xsl:call-template>
    </xsl:if>
    <xsl:apply-templates mode="te:source"/>
    <xsl:call-template name="end"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="block">
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:call-template name="gap"><xsl:with-param name="first" select="$first"/></xsl:call-template>
    <xsl:if test="../@type = 'bulleted'">
      <xsl:value-of select="te:bullet(..) || ' '"/>
    </xsl:if>
    <xsl:apply-templates mode="te:source"/>
    <xsl:call-template name="end"/>
  </xsl:template>

  <!-- A note at the end: "[n] " then its text; further paragraphs are blocks of their own. -->
  <xsl:template match="tei:note" mode="block">
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:call-template name="gap"><xsl:with-param name="first" select="$first"/></xsl:call-template>
    <xsl:value-of select="'[' || te:note-number(.) || '] '"/>
    <xsl:choose>
      <xsl:when test="tei:p">
        <xsl:apply-templates select="tei:p[1]/node()" mode="te:source"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:for-each select="tei:p[position() gt 1]">
          <xsl:call-template name="gap"><xsl:with-param name="first" select="false()"/></xsl:call-template>
          <xsl:apply-templates mode="te:source"/>
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="te:source"/>
        <xsl:call-template name="end"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
