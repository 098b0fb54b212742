<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names of persons, organizations and places in the reading edition.

  Every name with a register entry links to that entry in the page's own
  index of names (#name-<entry id>, the "Names in this document" section at
  the end), so a document works on its own, also outside a built edition;
  that entry links on to the edition's register page (registers.html#<entry id>)
  with every document that names it. Beside each name is its card (name,
  dates, description, Wikidata/VIAF): ordinary content revealed by CSS on
  hover and keyboard focus, so it works with JavaScript off.
  A name inside another name (New Zealand in an identification of a person)
  is not a link of its own: links do not nest.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <xsl:variable name="th:kinds" as="map(xs:string, xs:string)"
    select="map{'person': 'Person', 'org': 'Organization', 'place': 'Place'}"/>

  <!-- The names of a document that a reader sees: title, summary, text (notes included). -->
  <xsl:function name="th:mentions" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:abstract, $tei/tei:text)
        //(tei:persName | tei:orgName | tei:placeName)[@ref]"/>
  </xsl:function>

  <xsl:template match="tei:persName[@ref] | tei:orgName[@ref] | tei:placeName[@ref]">
    <xsl:variable name="entry" select="te:entity(.)"/>
    <xsl:choose>
      <xsl:when test="empty($entry) or ancestor::*[self::tei:persName or self::tei:orgName or self::tei:placeName][@ref]">
        <span class="nm-plain"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n">
          <xsl:number level="any" count="tei:persName[@ref] | tei:orgName[@ref] | tei:placeName[@ref]"/>
        </xsl:variable>
        <span class="nm {te:entity-kind($entry)}">
          <a class="nm-link" href="#name-{$entry/@xml:id}" aria-describedby="card-{$n}">
            <xsl:apply-templates/>
          </a>
          <span class="card" id="card-{$n}">
            <xsl:call-template name="th:card-body"><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
          </span>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="th:plain">
    <span class="nm-plain"><xsl:apply-templates mode="th:plain"/></span>
  </xsl:template>

  <!-- The card: what the register says of an entry. -->
  <xsl:template name="th:card-body">
    <xsl:param name="entry" as="element()"/>
    <span class="card-name"><xsl:value-of select="te:entity-name($entry)"/></span>
    <xsl:variable name="dates" select="te:entity-dates($entry)"/>
    <span class="card-meta">
      <xsl:value-of select="string-join(($th:kinds(te:entity-kind($entry)), $dates), ', ')"/>
    </span>
    <xsl:if test="$entry/tei:note">
      <span class="card-desc"><xsl:value-of select="normalize-space($entry/tei:note[1])"/></span>
    </xsl:if>
    <xsl:call-template name="th:authority-links"><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="th:authority-links">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="before" as="xs:string" select="''"/>
    <xsl:variable name="ids" select="$entry/tei:idno[@type = ('wikidata', 'viaf')][starts-with(., 'http')]"/>
    <xsl:if test="$ids">
      <xsl:value-of select="$before"/>
      <span class="card-ids">
        <xsl:for-each select="$ids">
          <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
          <a href="{normalize-space(.)}">
            <xsl:value-of select="(if (@type = 'wikidata') then 'Wikidata ' else 'VIAF ') || tokenize(normalize-space(.), '/')[last()]"/>
          </a>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ where a name stands -->
  <!-- One place a name stands, for an index: a paragraph, a note, the title or the summary.
       Returned as <th:loc key="sort key" href="#anchor" label="shown"/>. -->
  <xsl:function name="th:locator" as="element(th:loc)">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="note" select="$name/ancestor::tei:note[1]"/>
    <xsl:variable name="p" select="te:paragraph-number($name)"/>
    <xsl:choose>
      <xsl:when test="$name/ancestor::tei:abstract">
        <th:loc key="00" href="#summary" label="summary"/>
      </xsl:when>
      <xsl:when test="$name/ancestor::tei:front">
        <th:loc key="0" href="#title" label="title"/>
      </xsl:when>
      <xsl:when test="$note">
        <th:loc key="{format-number(xs:integer(($p, '0')[1]), '00000')}n{te:note-number($note)}"
                href="#{th:note-id($note)}" label="n. {te:note-number($note)}"/>
      </xsl:when>
      <xsl:when test="exists($p)">
        <th:loc key="{format-number(xs:integer($p), '00000')}" href="#p{$p}" label="{$p}"/>
      </xsl:when>
      <xsl:when test="$name/ancestor::tei:speaker">
        <xsl:variable name="next" select="$name/following::*[matches(@xml:id, '^p\d+$')][1]"/>
        <th:loc key="{format-number(xs:integer(($next/@n, '0')[1]), '00000')}" href="#{($next/@xml:id, 'text')[1]}"
                label="{($next/@n, 'speaker')[1]}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="div" select="$name/ancestor::tei:div[@xml:id][1]"/>
        <th:loc key="{format-number(xs:integer(($div/following::*[matches(@xml:id, '^p\d+$')][1]/@n, '0')[1]), '00000')}a"
                href="#{($div/@xml:id, 'text')[1]}" label="heading"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The distinct places of some names, in reading order. -->
  <xsl:function name="th:locators" as="element(th:loc)*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each-group select="$names ! th:locator(.)" group-by="@href">
      <xsl:sort select="@key"/>
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Entries in register order: by sort form (then by id). -->
  <xsl:function name="th:sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="lower-case(normalize-space(te:entity-sort-name($entry)))"/>
  </xsl:function>

  <!-- ============================================================ index of names -->
  <xsl:template name="th:names-index">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="mentions" select="th:mentions($tei)"/>
    <xsl:variable name="refs" select="distinct-values($mentions/@ref)"/>
    <xsl:variable name="entries" select="$tei/tei:standOff//(tei:person | tei:org | tei:place)[('#' || @xml:id) = $refs]"/>
    <xsl:if test="exists($entries)">
      <section class="names" id="names" aria-labelledby="names-h">
        <h2 id="names-h">Names in this document</h2>
        <xsl:for-each-group select="$entries" group-by="te:entity-kind(.)">
          <xsl:sort select="index-of(('person', 'org', 'place'), current-grouping-key())"/>
          <h3><xsl:value-of select="map{'person': 'Persons', 'org': 'Organizations', 'place': 'Places'}(current-grouping-key())"/></h3>
          <ul class="name-list">
            <xsl:for-each select="current-group()">
              <xsl:sort select="th:sort-key(.)"/>
              <xsl:sort select="@xml:id"/>
              <xsl:variable name="entry" select="."/>
              <li id="name-{@xml:id}">
                <span class="ix-name"><xsl:value-of select="te:entity-name(.)"/></span>
                <xsl:for-each select="te:entity-dates(.)">
                  <xsl:text> </xsl:text><span class="ix-dates">(<xsl:value-of select="."/>)</span>
                </xsl:for-each>
                <xsl:if test="tei:note">
                  <xsl:text> </xsl:text><span class="ix-desc"><xsl:value-of select="normalize-space(tei:note[1])"/></span>
                </xsl:if>
                <span class="ix-locs">
                  <xsl:text>Named in: </xsl:text>
                  <xsl:for-each select="th:locators($mentions[@ref = '#' || $entry/@xml:id])">
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <a href="{@href}"><xsl:value-of select="if (matches(@label, '^\d+$')) then '¶&#160;' || @label else @label"/></a>
                  </xsl:for-each>
                  <xsl:for-each select="th:href($registers-path, '')">
                    <xsl:text> · </xsl:text>
                    <a class="to-register" href="{. || '#' || $entry/@xml:id}"
                       aria-label="{te:entity-name($entry)} in the whole edition">in the whole edition</a>
                  </xsl:for-each>
                  <xsl:call-template name="th:authority-links">
                    <xsl:with-param name="entry" select="."/>
                    <xsl:with-param name="before" select="' · '"/>
                  </xsl:call-template>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
