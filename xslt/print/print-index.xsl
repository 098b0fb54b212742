<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of persons, organizations and places of the print edition.
  Entries are grouped by kind and sorted by the register's sort form; each
  page reference is a link to the anchor of a mention whose number WeasyPrint
  fills in (target-counter), so the number is the page where the name stands.
  When a previous layout pass told us the pages ($pages), only the first
  mention on each page is listed, so that no page number repeats.
  Included by print.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:tp="urn:tei-edition:print"
  exclude-result-prefixes="#all">

  <xsl:key name="tp:mentions" use="substring-after(@ref, '#')"
    match="tei:text//tei:persName[@ref] | tei:text//tei:orgName[@ref] | tei:text//tei:placeName[@ref]"/>

  <xsl:template name="index">
    <xsl:variable name="root" select="root(.)"/>
    <xsl:variable name="groups" as="map(*)*" select="
        map{'kind': 'person', 'title': 'Persons', 'entries': .//tei:standOff//tei:person[@xml:id]},
        map{'kind': 'org', 'title': 'Organizations', 'entries': .//tei:standOff//tei:org[@xml:id]},
        map{'kind': 'place', 'title': 'Places', 'entries': .//tei:standOff//tei:place[@xml:id]}"/>
    <xsl:variable name="mentioned" select="$groups ! ?entries[exists(key('tp:mentions', @xml:id, $root))]"/>
    <xsl:if test="exists($mentioned)">
      <section class="index" id="index">
        <h2>Index</h2>
        <p class="index-intro">Persons, organizations and places named in the text and the notes,
          with the pages on which they are named. Life dates and descriptions are those of the
          edition’s registers.</p>
        <xsl:for-each select="$groups">
          <xsl:variable name="entries" select="?entries[exists(key('tp:mentions', @xml:id, $root))]"/>
          <xsl:if test="exists($entries)">
            <section class="index-group {?kind}">
              <h3><xsl:value-of select="?title"/></h3>
              <ul class="index-entries">
                <xsl:for-each select="$entries">
                  <xsl:sort select="lower-case(te:entity-sort-name(.))" lang="en"/>
                  <xsl:apply-templates select="." mode="index-entry">
                    <xsl:with-param name="mentions" select="key('tp:mentions', @xml:id, $root)"/>
                  </xsl:apply-templates>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="index-entry">
    <xsl:param name="mentions" as="element()+"/>
    <xsl:variable name="dates" select="te:entity-dates(.)"/>
    <xsl:variable name="description" select="normalize-space(tei:note[1])"/>
    <li class="index-entry">
      <span class="index-name"><xsl:value-of select="te:entity-sort-name(.)"/></span>
      <xsl:if test="$dates">
        <span class="index-dates"><xsl:value-of select="' (' || $dates || ')'"/></span>
      </xsl:if>
      <xsl:text> </xsl:text>
      <span class="index-pages">
        <xsl:for-each select="tp:one-per-page($mentions)">
          <xsl:if test="position() gt 1">, </xsl:if>
          <a class="pageref" href="#{tp:mention-id(.)}"/>
        </xsl:for-each>
      </span>
      <xsl:if test="$description and $description ne te:entity-name(.)">
        <span class="index-note"><xsl:value-of select="' — ' || $description"/></span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The first mention on each page, in page order, when the pages are known;
       a mention of unknown page is kept (its number is right, if maybe repeated). -->
  <xsl:function name="tp:one-per-page" as="element()*">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:for-each-group select="$mentions"
      group-by="let $id := tp:mention-id(.) return ($tp:page-of($id) ! string(.), $id)[1]">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>
</xsl:stylesheet>
