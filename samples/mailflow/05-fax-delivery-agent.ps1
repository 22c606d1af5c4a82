# A Delivery Agent connector for fax numbers, and a mail contact reached by fax.
# Exchange hands the connector's messages to the delivery agent of its protocol (FAX); in the
# simulator, the folder exconn.json's "deliveryAgents" names for FAX stands for that agent.
New-DeliveryAgentConnector -Name "Contoso Fax" -AddressSpaces "FAX:*;1" -DeliveryProtocol FAX -SourceTransportServers Hub01
New-MailContact -Name "Fax Desk" -ExternalEmailAddress "FAX:+14255550100" -PrimarySmtpAddress fax.desk@contoso.com
Get-DeliveryAgentConnector "Contoso Fax" | Format-List Name,AddressSpaces,DeliveryProtocol,SourceTransportServers,Enabled
