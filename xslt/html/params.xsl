<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every parameter of the HTML format, in one place: the reading edition
  (document.xsl), the edition's index (index.xsl) and its register page
  (registers.xsl) all include this file.

  Paths are relative to the edition folder (DIR of `tei-edition build`, which
  holds index.html, registers.html, html/, pdf/, text/); {id} stands for the
  document's id (the file name of its TEI without .xml). A page reaches the
  edition folder through $root. An empty path leaves its link out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  exclude-result-prefixes="#all">

  <!-- From this page to the edition folder: '../' for html/<id>.html, '' for index.html and registers.html. -->
  <xsl:param name="root" as="xs:string" select="'../'"/>
  <!-- The id of the document being rendered (file name without .xml); '' = the TEI's xml:id. -->
  <xsl:param name="document-id" as="xs:string" select="''"/>
  <!-- A document's reading edition, from the edition folder. -->
  <xsl:param name="html-path" as="xs:string" select="'html/{id}.html'"/>
  <!-- A document's print edition (PDF), from the edition folder; also citation_pdf_url. -->
  <xsl:param name="pdf-path" as="xs:string" select="'pdf/{id}.pdf'"/>
  <!-- A document's plain-text edition, from the edition folder. -->
  <xsl:param name="text-path" as="xs:string" select="'text/{id}.txt'"/>
  <!-- A document's TEI file, from the edition folder ('' = not published beside the editions). -->
  <xsl:param name="tei-path" as="xs:string" select="''"/>
  <!-- The edition's list of documents, from the edition folder. -->
  <xsl:param name="index-path" as="xs:string" select="'index.html'"/>
  <!-- The register page of the whole edition (entries are anchors #<entry id>), from the edition folder. -->
  <xsl:param name="registers-path" as="xs:string" select="'registers.html'"/>
  <!-- Absolute URL of the edition folder, ending in '/', for citation_pdf_url and the citation;
       '' = taken from the TEI's idno type="URI" (which ends in html/<id>.html), else links stay relative. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- Dublin Core type for Zotero: 'manuscript' or 'letter'; '' = letter when the text has an
       opener, closer or header lines (To:, From:), else manuscript. -->
  <xsl:param name="dc-type" as="xs:string" select="''"/>
  <!-- The view a page opens in: 'editorial' (the translator's brackets shown) or 'reading'. -->
  <xsl:param name="default-view" as="xs:string" select="'editorial'"/>
</xsl:stylesheet>
